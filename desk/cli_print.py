"""``desk print receipt NUMBER -o FILE.pdf`` and ``desk print form NUMBER -o FILE.pdf``:
the same PDF the counter's preview shows, made from the command line.

A print is a copy handed out, so it is recorded and audited like one from the window:
``--staff LOGIN`` says who prints, with their PIN on standard input (one line, never on
the command line where the process list would show it); the first print is the
original, the first reprint any staff, later ones a supervisor's. The file is written
whole or not at all.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desk.cli_counter import at_counter
from desk.config import Paths, form_chinese, write_atomic
from desk.core.errors import DeskError

LAYOUTS = ("80mm", "a4")


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    printing = sub.add_parser("print", parents=[common], help="a receipt or form as a PDF")
    what = printing.add_subparsers(dest="print_command", metavar="DOCUMENT", required=True)
    receipt = what.add_parser("receipt", parents=[common], help="a receipt by its number")
    receipt.add_argument("number", help="the receipt number, e.g. HK01-1-20261122-0042")
    receipt.add_argument("--layout", choices=LAYOUTS, default=None, help="default: setting")
    form = what.add_parser("form", parents=[common], help="an application form")
    form.add_argument("number", help="the application number, e.g. HK01-1-20261122-0007")
    form.add_argument(
        "--store-copy",
        action="store_true",
        help="the store's copy: an eSIM's activation code is left out",
    )
    form.add_argument(
        "--language",
        choices=("zh_CN", "zh_HK"),
        default=None,
        help="the form's Chinese beside the English (default: the store's)",
    )
    for p in (receipt, form):
        p.add_argument("-o", "--out", required=True, metavar="FILE.pdf", help="where to write")
        p.add_argument(
            "--staff", required=True, metavar="LOGIN", help="who prints (PIN on standard input)"
        )


def cmd_print(paths: Paths, args: argparse.Namespace) -> int:
    from desk.core.numbers import parse_number
    from desk.documents.form import render_form
    from desk.documents.receipt import render_receipt
    from desk.services import payment_docs

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise DeskError("print_out", f"The file to write should end in .pdf: {out}")
    if not out.parent.is_dir():
        raise DeskError("print_out", f"There is no folder {out.parent} to write into.")
    number = str(parse_number(args.number))
    with at_counter(paths, args.staff) as at:
        db, counter, member = at.db, at.counter, at.member
        if args.print_command == "receipt":
            payment_docs.receipt_doc(db, counter, number)  # there is one, before recording
            copy = payment_docs.record_print(db, counter, member, "receipt", number)
            doc = payment_docs.receipt_doc(db, counter, number, copy_number=copy)
            layout = args.layout or at.settings.receipt_paper()
            pdf = render_receipt(doc, layout)
        else:
            form_language = args.language or form_chinese(at.store.region)
            customer_copy = not args.store_copy
            payment_docs.form_doc(
                db, counter, number, language=form_language, customer_copy=customer_copy
            )
            copy = payment_docs.record_print(db, counter, member, "form", number)
            doc_form = payment_docs.form_doc(
                db,
                counter,
                number,
                language=form_language,
                customer_copy=customer_copy,
                copy_number=copy,
            )
            pdf = render_form(doc_form)
    try:
        write_atomic(out, pdf, mode=0o644)
    except OSError as exc:
        raise DeskError("print_out", f"{out} could not be written: {exc.strerror}.") from exc
    what = "original" if copy == 0 else f"copy {copy}"
    print(f"Wrote {out} ({what}, {len(pdf):,} bytes).")
    return 0
