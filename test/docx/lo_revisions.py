"""Accept All and Reject All in LibreOffice, as an independent reader of our Word redlines.

For every input .docx, writes <name>.accepted.txt and <name>.rejected.txt next to it: the document
as plain text after LibreOffice accepted (or rejected) every tracked change. Used by the tests in
test/docx (DESIGN §7: exported Word files are opened by an independent consumer).

Usage: python3 lo_revisions.py PROFILE_DIR FILE.docx [FILE.docx ...]
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    profile, files = sys.argv[1], sys.argv[2:]
    pipe = "sla_lo_%d" % os.getpid()
    office = subprocess.Popen(
        [
            "soffice",
            "-env:UserInstallation=file://" + os.path.abspath(profile),
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--accept=pipe,name=%s;urp;" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        context = None
        for _ in range(600):
            try:
                context = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
                )
                break
            except Exception:
                time.sleep(0.1)
        if context is None:
            raise RuntimeError("LibreOffice did not start")
        smgr = context.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        dispatcher = smgr.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", context
        )
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
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=30)
        except Exception:
            office.kill()


if __name__ == "__main__":
    main()
