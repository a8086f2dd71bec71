"""The explanation fills its catalogue through compiled ``%`` templates: each must give ``str.format``'s text."""

from __future__ import annotations

import string

import pytest

from clinic_app.domain import explain_en, explain_fr
from clinic_app.domain.explain import _compile


@pytest.mark.parametrize("catalogue", [explain_fr.MESSAGES, explain_en.MESSAGES], ids=["fr", "en"])
def test_every_message_compiles_to_the_text_format_gives(catalogue: dict[str, str]) -> None:
    for msg_id, template in catalogue.items():
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
        # values as the writer passes them: text (with a % and braces, which must come out as they are) or ints
        params: dict[str, object] = {name: (f"<{name} 100 % {{x}}>" if i % 2 == 0 else i * 7)
                                     for i, name in enumerate(dict.fromkeys(names))}
        compiled, values = _compile(template)
        text = compiled if values is None else compiled % values(params)
        assert text == template.format(**params), msg_id


def test_a_percent_sign_and_doubled_braces_survive_compilation() -> None:
    compiled, values = _compile("{rate} % of {{gross}} wages, {rate} again")
    assert values is not None
    assert compiled % values({"rate": "6 %"}) == "6 % % of {gross} wages, 6 % again"
    assert _compile("100 % {{literal}}") == ("100 % {literal}", None)


def test_a_field_with_a_format_spec_is_refused_rather_than_filled_differently() -> None:
    with pytest.raises(ValueError):
        _compile("{amount:>10}")
    with pytest.raises(ValueError):
        _compile("{amount!r}")
