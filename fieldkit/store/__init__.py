"""Local store: engine, models, migrations, repositories and the document store."""
