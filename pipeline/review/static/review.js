// The review desk's only script (served from the package, nothing from the internet).
// On a document page, scroll to the span the reviewer opened: displaCy draws it as a <mark>
// whose label is the focus label (data-focus-label on the text's section).
(function () {
  "use strict";
  function focusMark() {
    var text = document.getElementById("doc-text");
    if (!text) { return null; }
    var label = text.getAttribute("data-focus-label");
    var marks = text.querySelectorAll("mark");
    for (var i = 0; i < marks.length; i++) {
      var tag = marks[i].querySelector("span");
      if (tag && tag.textContent.trim() === label) { return marks[i]; }
    }
    return null;
  }
  document.addEventListener("DOMContentLoaded", function () {
    var mark = focusMark();
    if (mark) {
      mark.id = "focus-mark";
      mark.classList.add("focus-mark");
      mark.scrollIntoView({block: "center"});
    }
  });
})();
