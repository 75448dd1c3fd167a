"""Meeting page bodies kept in a table of their own (``KeptPage``), one row per meeting and
language, instead of Django's database cache, whose table (``anteckna_cache``, made outside the
migrations) goes: a row replaced in place stays one row per page, where cache keys piled up
a row per version until culled.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("store", "0010_fts_insert_by_statement"),
    ]

    operations = [
        migrations.CreateModel(
            name="KeptPage",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("language", models.CharField(max_length=10)),
                ("key", models.CharField(max_length=64)),
                ("html", models.BinaryField()),
                (
                    "meeting",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="kept_pages",
                        to="store.meeting",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("meeting", "language"), name="kept_page_one")
                ],
            },
        ),
        migrations.RunSQL(
            "DROP TABLE IF EXISTS anteckna_cache", reverse_sql=migrations.RunSQL.noop
        ),
    ]
