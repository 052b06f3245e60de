"""Qt item models over frozen records; they never hold a database session or ORM rows."""
