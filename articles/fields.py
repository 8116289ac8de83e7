"""The column types and indexes of PostgreSQL's search table, written without
django.contrib.postgres, which would load PostgreSQL's driver into every process, SQLite's too.
"""

from django.db import models
from django.db.models import Func, Lookup, TextField, Value
from django.db.models.functions import Coalesce


class TsvectorField(models.Field):
    """A PostgreSQL tsvector: a text's words, stemmed, with their positions and weights."""

    description = "Words for full-text search"

    def db_type(self, connection):
        return "tsvector"


@TsvectorField.register_lookup
class Matches(Lookup):
    """`vector__matches=query`: PostgreSQL's @@, true when the words match a tsquery."""

    lookup_name = "matches"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} @@ {rhs}", (*lhs_params, *rhs_params)


def weighted_words(*weighted_texts, config="english"):
    """Return the tsvector of several texts, each given as (expression, weight A to D)."""
    config = Func(Value(config), template="%(expressions)s::regconfig", output_field=TextField())
    return Func(
        *(
            Func(
                Func(
                    config,
                    Coalesce(text, Value("")),
                    function="to_tsvector",
                    output_field=TsvectorField(),
                ),
                Value(weight),
                function="setweight",
                output_field=TsvectorField(),
            )
            for text, weight in weighted_texts
        ),
        template="%(expressions)s",
        arg_joiner=" || ",
        output_field=TsvectorField(),
    )


class PostgresIndex(models.Index):
    """An index of one of PostgreSQL's access methods, named by `method`."""

    method = None

    def create_sql(self, model, schema_editor, using="", **kwargs):
        return super().create_sql(model, schema_editor, using=f" USING {self.method}", **kwargs)


class GinIndex(PostgresIndex):
    method = "gin"


class GistIndex(PostgresIndex):
    method = "gist"
