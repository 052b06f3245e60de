"""Database layer: SQLAlchemy tables, engine and session handling, migrations, audit trail."""
