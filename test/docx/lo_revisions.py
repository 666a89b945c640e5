"""Accept All and Reject All in LibreOffice, as an independent reader of our Word redlines.

For every input .docx, writes <name>.accepted.txt and <name>.rejected.txt next to it: the document
as plain text after LibreOffice accepted (or rejected) every tracked change. Used by the tests in
test/docx (DESIGN §7: exported Word files are opened by an independent consumer).

Usage: python3 lo_revisions.py PROFILE_DIR FILE.docx [FILE.docx ...]
"""
import os
import sys

import uno

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "libreoffice"))
from uno_office import office, prop  # noqa: E402


def main():
    profile, files = sys.argv[1], sys.argv[2:]
    with office(profile, "rev") as (desktop, dispatcher):
        for path in files:
            url = uno.systemPathToFileUrl(os.path.abspath(path))
            stem = os.path.splitext(os.path.abspath(path))[0]
            for mode, command in (
                ("accepted", ".uno:AcceptAllTrackedChanges"),
                ("rejected", ".uno:RejectAllTrackedChanges"),
            ):
                doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
                frame = doc.getCurrentController().getFrame()
                dispatcher.executeDispatch(frame, command, "", 0, ())
                out = uno.systemPathToFileUrl(stem + "." + mode + ".txt")
                doc.storeToURL(
                    out,
                    (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF")),
                )
                doc.close(True)


if __name__ == "__main__":
    main()
