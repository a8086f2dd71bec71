"""``clinic-app deadlines``: every live case by days left to its next deadline, or the upcoming ones as a calendar.

    clinic-app deadlines [--within DAYS] [--site CODE] [--volunteer NAME] [--today YYYY-MM-DD] [--lang fr|en]
    clinic-app deadlines --ics FILE.ics [--within DAYS] [--with-names]

Without ``--ics`` it prints one line per case: days left (or how long ago it passed), date, case number, site,
the deadline and, for a passed one, what may still save it. Case numbers only, never names. With ``--ics`` it
writes the deadlines of the next DAYS (default 90) as calendar events (names only with ``--with-names``).
Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse

from clinic_app.errors import UserError

HELP = "List every case by days left to its next deadline, or write the upcoming ones to a calendar file."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from clinic_app.commands.export import add_db_arguments

    add_db_arguments(parser)
    parser.add_argument("--within", type=int, metavar="DAYS",
                        help="only deadlines not passed and at most DAYS away (calendar: default 90)")
    parser.add_argument("--site", metavar="CODE", help="only the cases of this site or company")
    parser.add_argument("--volunteer", metavar="NAME", help="only the cases taken by this volunteer")
    parser.add_argument("--ics", metavar="FILE.ics", help="write the upcoming deadlines as an iCalendar file")
    parser.add_argument("--with-names", action="store_true",
                        help="put the person's name in each calendar event (off: case numbers only)")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="the day the deadlines are looked at (default: today)")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr",
                        help="language of the output (default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    from clinic_app.commands._db import today_option

    today = today_option(args.today, lang)
    if args.within is not None and not 0 <= args.within <= 3650:
        raise UserError("--within : un nombre de jours de 0 à 3650 est attendu" if lang == "fr"
                        else "--within: a number of days from 0 to 3650 is expected", 2)
    if args.with_names and not args.ics:
        raise UserError("--with-names ne sert qu'avec --ics" if lang == "fr"
                        else "--with-names only goes with --ics", 2)
    from clinic_app.commands.export import open_store
    from clinic_app.services import deadlines

    store = open_store(args, lang)
    try:
        if args.ics:
            try:
                n = deadlines.write_calendar(store, args.ics, lang, as_of=today, within_days=args.within or 90,
                                             with_names=args.with_names, site=args.site)
            except OSError as exc:
                raise UserError(f"{args.ics}: {exc.strerror or exc}") from None
            from clinic_app.cli_i18n import count

            print(f"{count(n, lang)} délai(s) écrit(s) dans {args.ics}" if lang == "fr"
                  else f"{count(n, lang)} deadline(s) written to {args.ics}")
            return 0
        rows = deadlines.deadline_rows(store, today, site=args.site, volunteer=args.volunteer,
                                       within_days=args.within)
    finally:
        store.close()
    for row in rows:
        line = (f"{row.status(lang):>26}  {row.date.isoformat()}  {row.case.case_number:<14} "
                f"{row.case.site[:14]:<14} {row.label(lang)}")
        if row.passed and row.savers:
            line += f" — {row.what_may_save(lang)}"
        print(line)
    if not rows:
        print("Aucun délai." if lang == "fr" else "No deadline.")
    return 0
