"""Understanding citizens: language, intent with confidence, and normalised slots (Rasa-format data)."""
