"""Bytes to one ``Document``: which files of an inbox to read, the format decided from content, safety limits, readers.

``discover`` walks an inbox; ``read.read_document(path)`` picks a reader from
``READERS`` by the file's content (``readers/{txt,docx,pdf,doc}.py``) under the
limits of ``safety``; ``encodings`` decodes TXT (UTF-8/16, cp1258, TCVN3,
VNI); ``normalise`` repairs the text with a map back to the source; ``assemble``
builds the ``Document``. May import ``pipeline.core`` and ``schemas`` only:
reading knows nothing of mentions or the matrix.
"""
