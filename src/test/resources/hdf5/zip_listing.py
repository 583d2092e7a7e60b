"""Prints a zip archive's entries as Python's zipfile reads them: name, compression type, and for JSON entries
their top-level keys."""
import json
import sys
import zipfile

with zipfile.ZipFile(sys.argv[1]) as z:
    for info in z.infolist():
        line = "%s %d" % (info.filename, info.compress_type)
        if info.filename.endswith(".json"):
            line += " " + ",".join(json.loads(z.read(info.filename)).keys())
        print(line)
