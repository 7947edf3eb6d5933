"""The built-in Word templates (built by build_templates.py; variables in README.md)."""
