#!/bin/sh
# Convert the PDF-stem DOCX files one at a time (2-core machine).
cd "$(dirname "$0")"
for f in _pdfsrc/*.docx; do
  nice /usr/bin/soffice -env:UserInstallation=file:///tmp/lo_F --headless --convert-to pdf --outdir ../../heldout5/F "$f"
done
