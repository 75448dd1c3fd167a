"""The Django app that owns anteckna's tables: models, migrations, admin, and the mapping between
the pure ``anteckna.model`` dataclasses and rows. Only ``anteckna.services`` writes through it."""
