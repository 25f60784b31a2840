from tests.i18n.conftest import bilingual  # noqa: F401  (the bilingual site fixture)
