"""LibreOffice's own Compare Document on a pair of Word files: the peer our compare is measured against.

Starts one headless soffice, then times `runs` rounds of: open NEWER (hidden), compare it with OLDER
(Edit › Track Changes › Compare Document), close. Prints the median and each time in ms as JSON on
stdout. soffice's own start-up is not counted, as a desktop user has it running already.

Usage: python3 lo_compare.py PROFILE_DIR OLDER.docx NEWER.docx RUNS
"""
import json
import os
import sys
import time

import uno

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "libreoffice"))
from uno_office import office, prop  # noqa: E402


def main():
    profile, older, newer, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    with office(profile, "cmp") as (desktop, dispatcher):
        older_url = uno.systemPathToFileUrl(os.path.abspath(older))
        newer_url = uno.systemPathToFileUrl(os.path.abspath(newer))
        times = []
        for index in range(runs + 1):
            start = time.perf_counter()
            doc = desktop.loadComponentFromURL(newer_url, "_blank", 0, (prop("Hidden", True),))
            frame = doc.getCurrentController().getFrame()
            dispatcher.executeDispatch(
                frame, ".uno:CompareDocuments", "", 0, (prop("URL", older_url), prop("NoAcceptDialog", True))
            )
            changes = doc.getRedlines().createEnumeration()
            count = 0
            while changes.hasMoreElements():
                changes.nextElement()
                count += 1
            elapsed = (time.perf_counter() - start) * 1000
            doc.close(True)
            if index > 0:  # the first run warms LibreOffice's caches, as ours warms V8's
                times.append(elapsed)
        times.sort()
        print(json.dumps({"medianMs": times[len(times) // 2], "times": times, "changes": count}))


if __name__ == "__main__":
    main()
