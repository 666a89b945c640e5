"""The comments LibreOffice sees in a Word file, as an independent reader of the threads we write.

LibreOffice imports each .docx and saves it as ODF (`soffice --convert-to odt`); the annotations of
that file are what its import understood. For every input .docx, writes <name>.comments.json next
to it: one object per annotation in document order, with author, date, text, the text it spans,
and `resolved` (`loext:resolved`, LibreOffice 7.2+). LibreOffice 7.4's ODF has no reply-parent
attribute: replies show as annotations on the same text. (Loading such files over the UNO bridge
with a hidden frame crashes LibreOffice 7.4 headless, hence the conversion.)

Usage: python3 lo_comments.py PROFILE_DIR FILE.docx [FILE.docx ...]
"""
import json
import os
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
}
ANNOTATION = "{%s}annotation" % NS["office"]
ANNOTATION_END = "{%s}annotation-end" % NS["office"]
NAME = "{%s}name" % NS["office"]
RESOLVED = "{%s}resolved" % NS["loext"]


def annotation_of(element):
    paragraphs = element.findall("text:p", NS)
    return {
        "name": element.get(NAME),
        "author": (element.findtext("dc:creator", "", NS) or ""),
        "date": (element.findtext("dc:date", "", NS) or ""),
        "text": "\n".join("".join(p.itertext()) for p in paragraphs),
        "resolved": element.get(RESOLVED),
        "anchor": "",
    }


def annotations(content):
    found = []
    open_ranges = {}

    def walk(element):
        if element.tag == ANNOTATION:
            entry = annotation_of(element)
            found.append(entry)
            if entry["name"]:
                open_ranges[entry["name"]] = entry
            if element.tail:
                for entry_open in open_ranges.values():
                    entry_open["anchor"] += element.tail
            return
        if element.tag == ANNOTATION_END:
            open_ranges.pop(element.get(NAME), None)
        elif element.text:
            for entry in open_ranges.values():
                entry["anchor"] += element.text
        for child in element:
            walk(child)
        if element.tail and element.tag != ANNOTATION:
            for entry in open_ranges.values():
                entry["anchor"] += element.tail

    walk(ET.fromstring(content).find("office:body", NS))
    return found


def main():
    profile, files = sys.argv[1], sys.argv[2:]
    for path in files:
        folder = os.path.dirname(os.path.abspath(path))
        subprocess.run(
            [
                "soffice",
                "-env:UserInstallation=file://" + os.path.abspath(profile),
                "--headless",
                "--norestore",
                "--convert-to",
                "odt",
                "--outdir",
                folder,
                os.path.abspath(path),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        stem = os.path.splitext(os.path.abspath(path))[0]
        with zipfile.ZipFile(stem + ".odt") as odt:
            found = annotations(odt.read("content.xml"))
        with open(stem + ".comments.json", "w", encoding="utf-8") as out:
            json.dump(found, out, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
