from amends.cli.main import app

app()
