"""Art. 18: a restricted child stays stored but leaves every research view and every new
figure until the restriction is lifted.

The rule, shared by the marts (warehouse/marts.py) and the research views (migration
0006): a child under an active restriction is left out with its problems and MaNo
investigations, and so is a report that names restricted children only (the erasure
rule: restricting and erasing a child take the same rows out of the figures).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    exists,
    insert,
    not_,
    or_,
    select,
    update,
)

from warehouse.models import (
    DimChild,
    FactChildReport,
    FactManoInvestigation,
    FactReport,
    Restriction,
)


def restricted_child_keys():  # noqa: ANN201 - a SQLAlchemy Select
    """child_key of every child under an active restriction."""
    return (
        select(DimChild.child_key)
        .join(Restriction, Restriction.child_pseudonym == DimChild.pseudonym)
        .where(Restriction.lifted_at.is_(None))
    )


def report_is_hidden(report_key: ColumnElement) -> ColumnElement[bool]:
    """True for a report that names a restricted child (as a child row or in a MaNo
    investigation) and no other child: the rule of an erasure, which deletes such a
    report, so that restricting and erasing a child take the same rows out of figures."""
    restricted = restricted_child_keys()
    row = FactChildReport.__table__.alias("named_child")
    mano = FactManoInvestigation.__table__.alias("named_investigation")
    names_restricted = or_(
        exists().where(row.c.report_key == report_key, row.c.child_key.in_(restricted)),
        exists().where(mano.c.report_key == report_key, mano.c.child_key.in_(restricted)),
    )
    other_row = FactChildReport.__table__.alias("other_child")
    other_mano = FactManoInvestigation.__table__.alias("other_investigation")
    names_another = or_(
        exists().where(
            other_row.c.report_key == report_key, other_row.c.child_key.not_in(restricted)
        ),
        exists().where(
            other_mano.c.report_key == report_key,
            or_(other_mano.c.child_key.is_(None), other_mano.c.child_key.not_in(restricted)),
        ),
    )
    return and_(names_restricted, not_(names_another))


def counted_report():  # noqa: ANN201 - a SQLAlchemy ColumnElement
    return not_(report_is_hidden(FactReport.report_key))


def is_restricted(connection: Connection, pseudonym: str) -> bool:
    return (
        connection.execute(
            select(Restriction.restriction_id).where(
                Restriction.child_pseudonym == pseudonym, Restriction.lifted_at.is_(None)
            )
        ).first()
        is not None
    )


def restrict(connection: Connection, pseudonym: str, request_id: str) -> bool:
    """Start a restriction; False when one is already active (nothing to do)."""
    if is_restricted(connection, pseudonym):
        return False
    connection.execute(
        insert(Restriction).values(
            child_pseudonym=pseudonym, since=datetime.now(UTC), request_id=request_id
        )
    )
    return True


def lift(connection: Connection, pseudonym: str, request_id: str) -> int:
    """End the active restriction; the number of restrictions lifted (0 or 1)."""
    return connection.execute(
        update(Restriction)
        .where(Restriction.child_pseudonym == pseudonym, Restriction.lifted_at.is_(None))
        .values(lifted_at=datetime.now(UTC), lifted_by_request=request_id)
    ).rowcount


def history(connection: Connection, pseudonym: str) -> list[dict]:
    rows = connection.execute(
        select(Restriction.__table__)
        .where(Restriction.child_pseudonym == pseudonym)
        .order_by(Restriction.restriction_id)
    )
    return [
        {
            "since": r.since.isoformat(),
            "request_id": r.request_id,
            "lifted_at": r.lifted_at.isoformat() if r.lifted_at else None,
            "lifted_by_request": r.lifted_by_request,
        }
        for r in rows
    ]
