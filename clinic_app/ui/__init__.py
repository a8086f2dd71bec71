"""The PySide6 user interface. It calls the layers below and holds no business rule."""
