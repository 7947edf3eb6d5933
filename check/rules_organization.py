"""Rules on 別表2 and on contact details wherever they appear."""

from __future__ import annotations

from collections.abc import Iterator

from hattatsu.model import Contact, Plan
from hattatsu.normalize import is_valid_email, is_valid_phone, is_valid_postal_code

from .registry import Issue, rule


@rule("legal-advisor-missing", "error", "organization", "別表2 に法定経営指導員の氏名がない", since="2019")
def legal_advisor_missing(plan: Plan) -> Iterator[Issue]:
    org = plan.organization
    if org and not org.legal_advisors:
        yield Issue("別表2 (2)① に法定経営指導員の氏名がありません", org.location)


@rule("legal-advisor-contact-missing", "error", "organization", "法定経営指導員の連絡先（電話番号）がない",
      since="2019")
def legal_advisor_contact_missing(plan: Plan) -> Iterator[Issue]:
    org = plan.organization
    for a in org.legal_advisors if org else []:
        if not a.phone:
            yield Issue(f"法定経営指導員 {a.name} の連絡先（電話番号）がありません", org.location)


@rule("wide-area-advisor-unstated", "error", "organization", "別表2 に広域経営指導員の当否が書かれていない",
      since="2025")
def wide_area_advisor_unstated(plan: Plan) -> Iterator[Issue]:
    org = plan.organization
    if org and org.wide_area_advisor is None:
        yield Issue("広域経営指導員に該当するかどうかが書かれていません（別表2 (2)③）", org.location)


@rule("organization-contact-missing", "warning", "organization",
      "別表2 (3) に商工会・商工会議所と市町村の連絡先が揃っていない", since="2019")
def organization_contact_missing(plan: Plan) -> Iterator[Issue]:
    org = plan.organization
    if org and len(org.contacts) < 2:
        yield Issue(f"別表2 (3) の連絡先が {len(org.contacts)} 件です（商工会・商工会議所と市町村の 2 件が要ります）",
                    org.location)


def _contacts(plan: Plan) -> Iterator[tuple[str, Contact, object]]:
    if plan.summary:
        for c in plan.summary.contacts:
            yield "summary", c, plan.summary.location
    if plan.organization:
        for c in plan.organization.contacts:
            yield "organization", c, plan.organization.location


@rule("contact-invalid", "warning", "organization", "電話・FAX 番号、郵便番号、メールアドレスの形が正しくない")
def contact_invalid(plan: Plan) -> Iterator[Issue]:
    checks = (("phone", "電話番号", is_valid_phone), ("fax", "FAX 番号", is_valid_phone),
              ("postal_code", "郵便番号", is_valid_postal_code), ("email", "メールアドレス", is_valid_email))
    for section, contact, location in _contacts(plan):
        who = contact.organization or "連絡先"
        for field, name, valid in checks:
            value = getattr(contact, field)
            if value and not valid(value):
                yield Issue(f"{who} の{name}「{value}」の形が正しくありません", location, section)
    org = plan.organization
    for a in org.legal_advisors if org else []:
        if a.phone and not is_valid_phone(a.phone):
            yield Issue(f"法定経営指導員 {a.name} の電話番号「{a.phone}」の形が正しくありません", org.location)
