"""One headless LibreOffice over its UNO bridge, for the scripts that use it as our independent peer.

`with office(profile, "name") as (desktop, dispatcher):` starts soffice with its own user profile
(so it never touches a desktop user's), waits until the bridge answers, and terminates it on leave,
killing it when it does not end by itself. Used by test/docx/lo_revisions.py (Accept All / Reject
All of our redlines) and test/bench/libreoffice/lo_compare.py (its Compare Document, timed).
"""
import contextlib
import os
import subprocess
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


@contextlib.contextmanager
def office(profile, name):
    pipe = "sla_lo_%s_%d" % (name, os.getpid())
    process = subprocess.Popen(
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
    desktop = None
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        context = None
        for _ in range(600):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.1)
        if context is None:
            raise RuntimeError("LibreOffice did not start")
        smgr = context.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        yield desktop, dispatcher
    finally:
        try:
            if desktop is not None:
                desktop.terminate()
        except Exception:
            pass
        try:
            process.wait(timeout=30)
        except Exception:
            process.kill()
