"""``inbox-agent serve`` and ``inbox-agent user add``: the review app and its users."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from inbox_agent.errors import InboxAgentError
from inbox_agent.settings import load_settings
from inbox_agent.store import repo
from inbox_agent.store.db import session_scope
from inbox_agent.store.models import UserRole
from inbox_agent.web.security import hash_password
from inbox_agent.workspace import open_workspace

user_app = typer.Typer(help="Manage who may sign in to the review app.", no_args_is_help=True)


def serve_command(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
) -> None:
    """Run the review web app on the configured workspace."""
    import uvicorn

    from inbox_agent.web.app import create_app

    settings = load_settings()
    try:
        app = create_app(settings)
    except InboxAgentError as exc:
        typer.echo(f"cannot start the review app: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"Review app on http://{host}:{port}/ (workspace {settings.home})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@user_app.command("add")
def add_user(
    name: Annotated[str, typer.Argument(help="User name to sign in with.")],
    role: Annotated[UserRole, typer.Option("--role", help="reviewer or admin.")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Add a user (or reset an existing user's password and role)."""
    if not password_stdin:
        typer.echo("give the password on standard input with --password-stdin", err=True)
        raise typer.Exit(2)
    password = sys.stdin.readline().rstrip("\r\n")
    try:
        hashed = hash_password(password)
    except ValueError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    workspace = open_workspace(load_settings())
    with session_scope(workspace.engine) as session:
        existing = repo.get_user(session, name=name)
        if existing is None:
            user = repo.add_user(session, name=name, role=role, password_hash=hashed)
            action = "user.added"
        else:
            existing.password_hash, existing.role = hashed, role.value
            session.add(existing)
            user, action = existing, "user.updated"
        repo.record_audit(
            session,
            actor="cli",
            action=action,
            entity="user",
            entity_id=str(user.id),
            after={"name": name, "role": role.value},
        )
    typer.echo(f"{'added' if action == 'user.added' else 'updated'} {role.value} {name}")


def register(app: typer.Typer) -> None:
    """Add ``serve`` and ``user`` to the main app."""
    app.command("serve")(serve_command)
    app.add_typer(user_app, name="user")
