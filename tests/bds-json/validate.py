#!/usr/bin/python3
"""Validates BDS JSON documents against a JAMES schema (draft-07).

Usage: validate.py SCHEMA FILE...
Each FILE holds one JSON document, or one per line (NDJSON).  Prints
"FILE:LINE: message" for every document that is not valid and a last line
"N valid, M invalid"; exits 1 when any is invalid, 2 when it cannot check.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("validate.py: python3-jsonschema is missing (make deps)", file=sys.stderr)
    sys.exit(2)


def documents(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        yield 1, json.loads(text)
        return
    except json.JSONDecodeError:
        pass
    for no, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield no, json.loads(line)


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    # The schema names its parts in "$defs" with an "$id" such as
    # "#/schemas/clientDetails" and refers to them by that name, which AJV
    # (what bdsreader validates with) accepts but a strict draft-07
    # resolver reads as a JSON pointer.  Put each part where that pointer
    # leads (in memory; the file stays as published), then make sure every
    # reference resolves, so that a check can really fail.
    parts = {}
    for part in schema.get("$defs", {}).values():
        ident = part.get("$id", "")
        if ident.startswith("#/schemas/"):
            parts[ident[len("#/schemas/"):]] = part
    schema["schemas"] = parts
    validator = jsonschema.Draft7Validator(schema)
    for ref in ("#/schemas/clientDetails", "#/schemas/clientMeasurements"):
        validator.resolver.resolve(ref)
    good = bad = 0
    for path in sys.argv[2:]:
        for no, doc in documents(path):
            errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
            if errors:
                bad += 1
                for err in errors[:3]:
                    where = "/".join(str(p) for p in err.path)
                    print(f"{path}:{no}: {where}: {err.message}")
            else:
                good += 1
    print(f"{good} valid, {bad} invalid")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
