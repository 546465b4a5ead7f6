"""Report writers for a run: JSON (contract), Rasa intent_report.json, JUnit XML and a self-contained HTML page."""
