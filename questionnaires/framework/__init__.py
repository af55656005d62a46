"""The shared questionnaire framework: determination types, registry, wizard base."""
