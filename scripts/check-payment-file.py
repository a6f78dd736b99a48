"""Checks bank payment files against the ISO 20022 pain.001.001.03 schema as published, the copy
PyPI's sepaxml ships (installed by scripts/install-tools.sh). Prints each error; exits 1 on any.

    scripts/tools/venv/bin/python scripts/check-payment-file.py payments-2018-03.xml
"""
import pathlib
import sys

import sepaxml
import xmlschema

SCHEMA = pathlib.Path(sepaxml.__file__).parent / "schemas" / "pain.001.001.03.xsd"


def main(files):
    schema = xmlschema.XMLSchema(str(SCHEMA))
    failed = False
    for name in files:
        errors = list(schema.iter_errors(name))
        for error in errors[:10]:
            print(f"{name}: {error.path}: {error.reason}")
        failed = failed or bool(errors)
        if not errors:
            print(f"{name}: valid against {SCHEMA.name}")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
