"""Search: the SearchEntry table, and beside it the full-text index each database does best.

SQLite gets an external-content FTS5 table over the entries' key columns
(``tokenize='unicode61 remove_diacritics 0'``, so that å, ä and ö stay letters of their own),
kept in step by triggers; PostgreSQL gets a stored ``tsvector`` column generated from the same
columns with the built-in 'simple' configuration, and a GIN index. Both use only what the
database ships with. The index starts empty: ``anteckna reindex`` fills it for notes imported
before this migration.
"""

import django.db.models.deletion
from django.db import migrations, models

_FTS = "store_searchentry_fts"
_COLUMNS = "title_keys, body_keys, names_keys"
_NEW = "new.title_keys, new.body_keys, new.names_keys"
_OLD = "old.title_keys, old.body_keys, old.names_keys"
_INSERT = f"INSERT INTO {_FTS}(rowid, {_COLUMNS}) VALUES (new.id, {_NEW});"
_DELETE = f"INSERT INTO {_FTS}({_FTS}, rowid, {_COLUMNS}) VALUES ('delete', old.id, {_OLD});"

FORWARD = {
    "sqlite": (
        f"CREATE VIRTUAL TABLE {_FTS} USING fts5({_COLUMNS}, content='store_searchentry',"
        " content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
        f"CREATE TRIGGER {_FTS}_insert AFTER INSERT ON store_searchentry BEGIN {_INSERT} END",
        f"CREATE TRIGGER {_FTS}_delete AFTER DELETE ON store_searchentry BEGIN {_DELETE} END",
        f"CREATE TRIGGER {_FTS}_update AFTER UPDATE ON store_searchentry"
        f" BEGIN {_DELETE} {_INSERT} END",
    ),
    "postgresql": (
        "ALTER TABLE store_searchentry ADD COLUMN document tsvector GENERATED ALWAYS AS ("
        "setweight(to_tsvector('simple', title_keys), 'A')"
        " || setweight(to_tsvector('simple', body_keys), 'D')"
        " || setweight(to_tsvector('simple', names_keys), 'B')) STORED",
        "CREATE INDEX store_searchentry_document ON store_searchentry USING gin (document)",
    ),
}
BACKWARD = {
    "sqlite": (
        f"DROP TRIGGER {_FTS}_update",
        f"DROP TRIGGER {_FTS}_delete",
        f"DROP TRIGGER {_FTS}_insert",
        f"DROP TABLE {_FTS}",
    ),
    "postgresql": (
        "DROP INDEX store_searchentry_document",
        "ALTER TABLE store_searchentry DROP COLUMN document",
    ),
}


class VendorSQL(migrations.operations.base.Operation):
    """Run the statements written for this database's vendor (one dict, no ``if`` chain)."""

    reversible = True
    reduces_to_sql = True

    def __init__(self, forward, backward):
        self.forward = forward
        self.backward = backward

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        for statement in self.forward[schema_editor.connection.vendor]:
            schema_editor.execute(statement, params=None)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        for statement in self.backward[schema_editor.connection.vendor]:
            schema_editor.execute(statement, params=None)

    def describe(self):
        return "Full-text index for search entries"


class Migration(migrations.Migration):
    dependencies = [
        ("store", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("item", "punkt"),
                            ("decision", "beslut"),
                            ("action", "åtgärd"),
                            ("follow_up", "återkoppling"),
                        ],
                        max_length=10,
                    ),
                ),
                (
                    "title_keys",
                    models.TextField(blank=True, help_text="search keys of the item's title"),
                ),
                ("body_keys", models.TextField(blank=True, help_text="search keys of the text")),
                (
                    "names_keys",
                    models.TextField(
                        blank=True,
                        help_text="search keys of the people it names: presenters, owners, mentions",
                    ),
                ),
                (
                    "action",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="store.action",
                    ),
                ),
                (
                    "decision",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="store.decision",
                    ),
                ),
                (
                    "follow_up",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="store.followup",
                    ),
                ),
                (
                    "item",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="store.item",
                    ),
                ),
                (
                    "meeting",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="store.meeting",
                    ),
                ),
            ],
            options={
                "verbose_name_plural": "search entries",
            },
        ),
        VendorSQL(FORWARD, BACKWARD),
    ]
