"""The explanation and the legal basis: what the GUI and the letters show beside each figure."""

from __future__ import annotations

import copy
import json
import pickle
from decimal import Decimal

from clinic_app.domain import law_tables
from clinic_app.domain.contract import to_contract_dict
from clinic_app.domain.types import Jurisdiction
from tests.domain.engine_helpers import result, run


def test_explanation_walks_through_the_figures_in_english() -> None:
    text = run(hire_date="2018-06-01", termination_date="2025-01-22", weekly_regular_wage=840).explanation["en"]
    assert "6 years, 7 months and 22 days of uninterrupted service: the law requires 4 weeks of notice (LNT s. 82)" \
        in text
    assert "so 4 weeks are missing: 4 × $840.00 = $3,360.00 (LNT s. 83)" in text
    assert "January 22, 2026" in text


def test_explanation_in_french_cites_articles() -> None:
    text = run(weekly_regular_wage=840).explanation["fr"]
    assert "la loi exige un préavis de 4 semaines (LNT, art. 82)" in text
    assert "3\u00a0360,00\u00a0$" in text
    assert " s. " not in text


def test_varying_wage_lists_the_weeks_and_states_the_reading() -> None:
    ent = run(wage_varies=True, recent_weekly_wages=[700, 800, 900])
    assert ent.weekly_wage_used == 800
    text = ent.explanation["en"]
    assert "$700.00, $800.00, $900.00" in text and "$2,400.00 / 3 = $800.00" in text
    assert "only for commission pay" in text


def test_fractional_notice_states_calendar_day_proration() -> None:
    text = run(notice_weeks_given=Decimal("0.428571")).explanation["en"]
    assert "W / 7 a day" in text


def test_unsettled_readings_are_stated_where_they_bear() -> None:
    assert "rolling window" in run(establishment_terminations=20).explanation["en"]
    assert "rolling window" not in run(establishment_terminations=5).explanation["en"]
    contractor = run(classified_as_contractor=True).explanation["en"]
    assert "solidarily liable" in contractor and "LNT s. 95" in contractor
    assert "federally regulated employer" in run(jurisdiction="CA-FED").explanation["en"]
    assert "28 February" in run(hire_date="2020-02-29").explanation["en"]
    assert "cut short" in run(employment_type="fixed_term").explanation["en"]
    seasonal = run(employment_type="seasonal_fixed_term", notice_given_during_layoff=True, notice_weeks_given=4,
                   layoff=True)
    assert "holiday-peak" in seasonal.explanation["en"] and seasonal.notice_weeks_missing == 0


def test_notice_during_layoff_is_void_and_flagged() -> None:
    ent = run(notice_given_during_layoff=True, notice_weeks_given=4, layoff=True)
    assert ent.notice_weeks_missing == 4 and "notice_void_during_layoff" in ent.flags
    assert "LNT s. 82 para 3" in ent.figures["individual_indemnity"].basis


def test_every_numeric_output_has_a_figure_with_its_basis() -> None:
    ent = run(establishment_terminations=120)
    for name in ("weekly_wage_used", "notice_weeks_required", "notice_weeks_missing", "individual_indemnity",
                 "collective_notice_weeks", "collective_indemnity", "severance_pay", "amount_owed", "shortfall",
                 "vacation_rate"):
        figure = ent.figures[name]
        assert figure.value == getattr(ent, name)
    assert ent.figures["collective_indemnity"].basis == ("LNT s. 84.0.1", "LNT s. 84.0.4", "LNT s. 84.0.13")
    assert ent.figures["amount_owed"].basis[-1] == "LNT s. 84.0.14"
    assert "LNT s. 84.0.14" in ent.basis


def test_explanation_behaves_as_a_plain_dict_of_both_languages() -> None:
    ent = run()
    plain = json.loads(json.dumps(run().explanation))
    assert set(plain) == {"fr", "en"} and all(plain.values())
    assert dict(run().explanation) == plain == {**run().explanation}
    assert ent.explanation == run().explanation and ent == run()
    assert pickle.loads(pickle.dumps(ent)).explanation == plain
    assert copy.deepcopy(ent).explanation == plain
    assert ent.explanation.get("de") is None and "en" in ent.explanation


def test_contract_dict_prints_money_with_two_decimals_and_weeks_with_six() -> None:
    got = to_contract_dict(run(notice_weeks_given=Decimal("1.123456789"), weekly_regular_wage=Decimal("333.333")))
    assert got["notice_weeks_missing"] == 2.876543
    assert got["individual_indemnity"] == 958.85  # 333.333 x 2.876543211 = 958.8468..., once, half up
    assert got["weekly_wage_used"] == 333.33
    assert json.loads(json.dumps(got)) == got


def test_law_tables_carry_section_source_and_date() -> None:
    for tables in law_tables.TABLES.values():
        dates = [t.in_force for t in tables]
        assert dates == sorted(dates)
        for table in tables:
            assert table.notice_source.url.startswith("https://")
            assert table.law_version.endswith(table.in_force.isoformat())
    assert law_tables.table_for(Jurisdiction.QC, law_tables.earliest(Jurisdiction.QC)) is law_tables.QC_2019


def test_result_language_follows_lang() -> None:
    assert result("en")["explanation"].startswith("Law applied")
    assert result("fr")["explanation"].startswith("Loi appliquée")


def test_force_majeure_removes_the_collective_indemnity_under_s_84_0_13() -> None:
    ent = run(cause="force_majeure", establishment_terminations=50)
    assert ent.collective_indemnity == 0 and ent.amount_owed == 0
    assert "LNT s. 84.0.13 para 3" in ent.figures["collective_notice_weeks"].basis
    assert "LNT, art. 84.0.13, al. 3" in ent.explanation["fr"]


def test_other_cause_is_not_a_collective_dismissal() -> None:
    ent = run(cause="other", establishment_terminations=40)
    assert ent.collective_notice_weeks == 0 and ent.notice_weeks_required == 4
    assert "economic or technological reason" in ent.explanation["en"]
