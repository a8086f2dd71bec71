"""The kinds of letter the program writes (names are stored with each letter record)."""

from __future__ import annotations

from enum import StrEnum


class LetterKind(StrEnum):
    DEMAND_EMPLOYER = "demand_employer"  # warehouse worker -> employer: formal notice
    DEMAND_DRIVER = "demand_driver"  # driver -> delivery company and client (one letter each)
    CALCULATION_ANNEX = "calculation_annex"  # table of the figures and their legal basis
    WORKER_SUMMARY = "worker_summary"  # plain-language page for the worker, in their language
    LAWYER_WORKSHEET = "lawyer_worksheet"  # the clinic's internal worksheet: readings, doubts, deadlines; never sent


#: the kinds that go to a debtor (a demand and the annex sent with it): facts and claims only
DEBTOR_KINDS = frozenset({LetterKind.DEMAND_EMPLOYER, LetterKind.DEMAND_DRIVER, LetterKind.CALCULATION_ANNEX})
DEMANDS = frozenset({LetterKind.DEMAND_EMPLOYER, LetterKind.DEMAND_DRIVER})
