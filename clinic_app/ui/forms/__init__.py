"""The intake forms: :class:`CaseEditor` (warehouse worker or driver), with the live entitlement panel.

Imported lazily by the main window (``clinic_app.ui.forms.CaseEditor``).
"""

from clinic_app.ui.forms.editor import CaseEditor, EditorState

__all__ = ["CaseEditor", "EditorState"]
