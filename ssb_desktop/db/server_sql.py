"""The SQL that makes a team's PostgreSQL server enforce the rules: the audit trigger that
continues the hash chain, the functions that grant and revoke the program's group roles,
and the row-level security of blind scoring. ``services/team.py`` decides what to run."""

from __future__ import annotations

from collections.abc import Sequence

from ssb_desktop.db.audit import PG_AUDIT_LOCK_KEY

# The function whose presence marks a database set up by ``server setup``; it returns the
# prefix of the group roles, so a second database on the same server can use others.
MARKER_FUNCTION = "ssb_role_prefix"
AUDIT_FUNCTION = "ssb_audit_row"
APPEND_FUNCTION = "ssb_audit_append"
SET_ROLE_FUNCTION = "ssb_set_role"
AUDIT_TRIGGER = "ssb_audit"
KEY_TABLE = "ssb_audit_key"
# The tables whose entries the server may hide from a login (``ssb_audit_visible``). Their
# entries are sealed with HMAC-SHA-256 under a key only the owner reads (KEY_TABLE), not with
# plain SHA-256: a login that sees only an entry's hash could otherwise try every short value
# (a score of 0-10, a price) until one hashes alike. The server verifies them for ``check``.
SEALED_TABLES = (
    "individual_scores",
    "consensus_scores",
    "results",
    "bids",
    "bid_members",
    "bid_documents",
)
# Bookkeeping columns whose change alone is not an edit (as in db/audit.py).
_IGNORED = "('version', 'created_at', 'updated_at')"


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def marker_sql(schema: str, prefix: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION {quote_ident(schema)}.{MARKER_FUNCTION}() RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT {quote_literal(prefix)}::text $$;
GRANT EXECUTE ON FUNCTION {quote_ident(schema)}.{MARKER_FUNCTION}() TO PUBLIC;
"""


def _moment_sql(moment: str) -> str:
    """``datetime.isoformat()`` of ``moment`` in UTC, as Python reads it back."""
    return f"""(pg_catalog.to_char({moment} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
            || CASE WHEN pg_catalog.date_part('microseconds', {moment})::bigint % 1000000 <> 0
                    THEN pg_catalog.to_char({moment} AT TIME ZONE 'UTC', '.US') ELSE '' END
            || '+00:00')"""


def _payload_sql(
    prev: str, at_text: str, user: str, table: str, record: str, action: str, changes: str
) -> str:
    """The bytes an entry's hash is taken of: the JSON array of ``db.audit.entry_hash``."""
    parts = " || ',' || ".join(
        f"pg_catalog.to_json({part}::text)::text"
        for part in (prev, at_text, user, table, record, action, changes)
    )
    return f"pg_catalog.convert_to('[' || {parts} || ']', 'UTF8')"


def _seal_sql(payload: str, inner: str, outer: str) -> str:
    """HMAC-SHA-256 of ``payload`` from the key's two padded forms (RFC 2104)."""
    return (
        f"pg_catalog.encode(pg_catalog.sha256({outer} || pg_catalog.sha256({inner} || "
        f"{payload})), 'hex')"
    )


def audit_key_sql(schema: str) -> str:
    """The table of the sealing key (one row, filled by ``services/team.py``): no privilege
    for anyone but the owner, whose functions (SECURITY DEFINER) read it."""
    s = quote_ident(schema)
    return f"""
CREATE TABLE IF NOT EXISTS {s}.{KEY_TABLE} (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    inner_pad bytea NOT NULL CHECK (length(inner_pad) = 64),
    outer_pad bytea NOT NULL CHECK (length(outer_pad) = 64)
);
REVOKE ALL ON {s}.{KEY_TABLE} FROM PUBLIC;
"""


def audit_functions_sql(schema: str) -> str:
    """``ssb_audit_append`` adds one entry to the chain, hashed exactly as
    ``db.audit.entry_hash`` does (``check`` verifies both alike); ``ssb_audit_row`` is the
    trigger. Both run as the owner: no login may insert into the audit log itself.

    They carry no ``SET search_path`` (that costs more per row than the rest of the trigger):
    every relation is schema-qualified instead, so a temporary table cannot stand in for one.
    The first entry of a transaction takes the chain lock and reads the head; the rest of
    the transaction continues from the head it keeps in a transaction-local setting.
    """
    s = quote_ident(schema)
    moment = _moment_sql("now()")
    payload = _payload_sql(
        "v_prev", "v_at_text", "v_user", "p_table", "p_record", "p_action", "p_changes"
    )
    sealed = "(" + ", ".join(map(quote_literal, SEALED_TABLES)) + ")"
    seal = _seal_sql("v_payload", "v_inner", "v_outer")
    return f"""
CREATE OR REPLACE FUNCTION {s}.{APPEND_FUNCTION}(
    p_table text, p_record text, p_action text, p_changes text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $fn$
DECLARE
    v_cache text := pg_catalog.current_setting('ssb.audit_head', true);
    v_tx text := pg_catalog.txid_current()::text;
    v_prev text;
    v_at_text text;
    v_user text := session_user;
    v_hash text;
    v_payload bytea;
    v_inner bytea;
    v_outer bytea;
BEGIN
    IF v_cache IS NOT NULL AND pg_catalog.split_part(v_cache, '|', 1) = v_tx THEN
        v_prev := pg_catalog.split_part(v_cache, '|', 2);
        v_at_text := pg_catalog.split_part(v_cache, '|', 3);
    ELSE
        -- One writer at a time continues the chain (the same lock the program takes).
        PERFORM pg_catalog.pg_advisory_xact_lock({PG_AUDIT_LOCK_KEY});
        SELECT hash INTO v_prev FROM {s}.audit_log ORDER BY id DESC LIMIT 1;
        v_prev := coalesce(v_prev, pg_catalog.repeat('0', 64));
        v_at_text := {moment};
    END IF;
    v_payload := {payload};
    IF p_table IN {sealed} THEN
        SELECT k.inner_pad, k.outer_pad INTO v_inner, v_outer FROM {s}.{KEY_TABLE} k;
        v_hash := {seal};
    ELSE
        v_hash := pg_catalog.encode(pg_catalog.sha256(v_payload), 'hex');
    END IF;
    INSERT INTO {s}.audit_log (at, user_account, table_name, record_id, action, changes,
                               prev_hash, hash)
    VALUES (now(), v_user, p_table, p_record, p_action, p_changes, v_prev, v_hash);
    PERFORM pg_catalog.set_config('ssb.audit_head', v_tx || '|' || v_hash || '|' || v_at_text,
                                  true);
END
$fn$;
REVOKE ALL ON FUNCTION {s}.{APPEND_FUNCTION}(text, text, text, text) FROM PUBLIC;

CREATE OR REPLACE FUNCTION {s}.{AUDIT_FUNCTION}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $fn$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_row jsonb;
    v_changes jsonb;
    v_record text;
BEGIN
    IF TG_OP <> 'INSERT' THEN v_old := pg_catalog.to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN v_new := pg_catalog.to_jsonb(NEW); END IF;
    v_row := coalesce(v_new, v_old);
    IF TG_OP = 'UPDATE' THEN
        SELECT pg_catalog.jsonb_object_agg(k, pg_catalog.jsonb_build_array(v_old -> k, v_new -> k))
        INTO v_changes FROM pg_catalog.jsonb_object_keys(v_row) AS k
        WHERE k NOT IN {_IGNORED} AND (v_old -> k) IS DISTINCT FROM (v_new -> k);
        IF v_changes IS NULL THEN RETURN NULL; END IF;
    ELSE
        SELECT pg_catalog.jsonb_object_agg(e.key, CASE WHEN TG_OP = 'INSERT'
                THEN pg_catalog.jsonb_build_array(NULL, e.value)
                ELSE pg_catalog.jsonb_build_array(e.value, NULL) END)
        INTO v_changes FROM pg_catalog.jsonb_each(v_row) AS e
        WHERE e.key NOT IN {_IGNORED}
          AND e.value NOT IN ('null'::jsonb, '""'::jsonb, '[]'::jsonb);
        v_changes := coalesce(v_changes, '{{}}'::jsonb);
    END IF;
    IF TG_NARGS = 0 THEN
        v_record := v_row ->> 'id';
    ELSE
        v_record := pg_catalog.array_to_string(
            ARRAY(SELECT v_row ->> a FROM pg_catalog.unnest(TG_ARGV) AS a), '/');
    END IF;
    PERFORM {s}.{APPEND_FUNCTION}(TG_TABLE_NAME::text, v_record, pg_catalog.lower(TG_OP),
                                  v_changes::text);
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION {s}.{AUDIT_FUNCTION}() FROM PUBLIC;
"""


def audit_trigger_sql(schema: str, table: str, key_columns: Sequence[str]) -> str:
    arguments = "" if list(key_columns) == ["id"] else ", ".join(map(quote_literal, key_columns))
    target = f"{quote_ident(schema)}.{quote_ident(table)}"
    return (
        f"CREATE OR REPLACE TRIGGER {AUDIT_TRIGGER} AFTER INSERT OR UPDATE OR DELETE "
        f"ON {target} FOR EACH ROW EXECUTE FUNCTION "
        f"{quote_ident(schema)}.{AUDIT_FUNCTION}({arguments})"
    )


def set_role_sql(schema: str, prefix: str, roles: Sequence[str], administrator: str) -> str:
    """``ssb_set_role(login, role, granted)``: the one way a non-superuser administrator
    changes memberships; it refuses other roles, unknown logins and losing the last
    administrator, and writes the change to the audit log."""
    s = quote_ident(schema)
    allowed = "ARRAY[" + ", ".join(quote_literal(prefix + role) for role in roles) + "]"
    admin = quote_literal(prefix + administrator)
    return f"""
CREATE OR REPLACE FUNCTION {s}.{SET_ROLE_FUNCTION}(p_login text, p_role text, p_granted boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {s}, pg_temp AS $fn$
DECLARE
    v_others integer;
BEGIN
    IF NOT (pg_has_role(session_user, {admin}, 'MEMBER')
            OR session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database
                               WHERE datname = current_database())) THEN
        RAISE EXCEPTION 'only an administrator may grant or revoke roles'
            USING ERRCODE = '42501';
    END IF;
    IF NOT p_role = ANY({allowed}) THEN
        RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND rolcanlogin) THEN
        RAISE EXCEPTION 'no login %', p_login USING ERRCODE = '42704';
    END IF;
    IF p_granted THEN
        EXECUTE format('GRANT %I TO %I', p_role, p_login);
    ELSE
        IF p_role = {admin} THEN
            SELECT count(*) INTO v_others FROM pg_auth_members m
            JOIN pg_roles r ON r.oid = m.member
            WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = {admin})
              AND r.rolcanlogin AND r.rolname <> p_login;
            IF v_others = 0 THEN
                RAISE EXCEPTION 'the last administrator keeps the role'
                    USING ERRCODE = '55000';
            END IF;
        END IF;
        EXECUTE format('REVOKE %I FROM %I', p_role, p_login);
    END IF;
    PERFORM {APPEND_FUNCTION}('role_memberships', p_login,
        CASE WHEN p_granted THEN 'insert' ELSE 'delete' END,
        jsonb_build_object('role', CASE WHEN p_granted THEN jsonb_build_array(NULL, p_role)
                                        ELSE jsonb_build_array(p_role, NULL) END)::text);
END
$fn$;
REVOKE ALL ON FUNCTION {s}.{SET_ROLE_FUNCTION}(text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {s}.{SET_ROLE_FUNCTION}(text, text, boolean)
    TO {quote_ident(prefix + administrator)};
"""


def blind_scoring_sql(schema: str, prefix: str, officers: Sequence[str]) -> str:
    """Row-level security of blind scoring, the same rule as services/evaluation.py: an
    evaluator of a lot reads only his or her own individual scores of that lot until
    submitted; writing scores is one's own, or an officer's for an external evaluator; and
    an evaluator changes only his or her own seat (the submission)."""
    s = quote_ident(schema)
    officer = (
        "("
        + " OR ".join(
            f"pg_has_role(session_user, {quote_literal(prefix + role)}, 'MEMBER')"
            for role in officers
        )
        + ")"
    )
    mine = f"(SELECT {s}.ssb_my_evaluator_ids())"
    return f"""
CREATE OR REPLACE FUNCTION {s}.ssb_my_evaluator_ids() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $fn$
    SELECT e.id FROM evaluators e JOIN users u ON u.id = e.user_id
    WHERE u.account = session_user
$fn$;
CREATE OR REPLACE FUNCTION {s}.ssb_may_read_scores(p_evaluator integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $fn$
    SELECT p_evaluator IN (SELECT ssb_my_evaluator_ids())
        OR NOT EXISTS (
            SELECT 1 FROM evaluators mine JOIN evaluators theirs ON theirs.lot_id = mine.lot_id
            WHERE theirs.id = p_evaluator
              AND mine.id IN (SELECT ssb_my_evaluator_ids())
              AND mine.submitted_at IS NULL)
$fn$;
ALTER TABLE {s}.individual_scores ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.evaluators ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS ssb_read ON {s}.individual_scores;
DROP POLICY IF EXISTS ssb_insert ON {s}.individual_scores;
DROP POLICY IF EXISTS ssb_update ON {s}.individual_scores;
DROP POLICY IF EXISTS ssb_delete ON {s}.individual_scores;
DROP POLICY IF EXISTS ssb_read ON {s}.evaluators;
DROP POLICY IF EXISTS ssb_insert ON {s}.evaluators;
DROP POLICY IF EXISTS ssb_update ON {s}.evaluators;
DROP POLICY IF EXISTS ssb_delete ON {s}.evaluators;
CREATE POLICY ssb_read ON {s}.individual_scores FOR SELECT
    USING ({s}.ssb_may_read_scores(evaluator_id));
CREATE POLICY ssb_insert ON {s}.individual_scores FOR INSERT
    WITH CHECK (evaluator_id IN {mine} OR {officer});
CREATE POLICY ssb_update ON {s}.individual_scores FOR UPDATE
    USING (evaluator_id IN {mine} OR {officer})
    WITH CHECK (evaluator_id IN {mine} OR {officer});
CREATE POLICY ssb_delete ON {s}.individual_scores FOR DELETE USING ({officer});
CREATE POLICY ssb_read ON {s}.evaluators FOR SELECT USING (true);
CREATE POLICY ssb_insert ON {s}.evaluators FOR INSERT WITH CHECK ({officer});
CREATE POLICY ssb_update ON {s}.evaluators FOR UPDATE
    USING (id IN {mine} OR {officer}) WITH CHECK (id IN {mine} OR {officer});
CREATE POLICY ssb_delete ON {s}.evaluators FOR DELETE USING ({officer});
-- A declaration is signed for one's own seat; officers record paper ones for others.
ALTER TABLE {s}.declarations ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS ssb_read ON {s}.declarations;
DROP POLICY IF EXISTS ssb_insert ON {s}.declarations;
DROP POLICY IF EXISTS ssb_update ON {s}.declarations;
DROP POLICY IF EXISTS ssb_delete ON {s}.declarations;
CREATE POLICY ssb_read ON {s}.declarations FOR SELECT USING (true);
CREATE POLICY ssb_insert ON {s}.declarations FOR INSERT
    WITH CHECK (evaluator_id IN {mine} OR {officer});
CREATE POLICY ssb_update ON {s}.declarations FOR UPDATE
    USING (evaluator_id IN {mine} OR {officer}) WITH CHECK (evaluator_id IN {mine} OR {officer});
CREATE POLICY ssb_delete ON {s}.declarations FOR DELETE USING ({officer});
"""


# Set on the sessions of a team database's login, which may not read the bids' price columns:
# it reads prices through PRICES_VIEW and verifies the audit chain through CHAIN_FUNCTION.
BLIND_LOGIN = "blind_login"
# The view through which a login that may not read the bids' price columns (see
# ``services/permissions.py``) reads the prices of the lots whose prices it may see, and the
# function through which such a login verifies the audit chain.
PRICES_VIEW = "ssb_bid_prices"
# The view through which every login reads the bids' texts that may name the bidder
# (NAMING_FIELDS), of the lots whose bidders it may see; no role reads those columns directly.
TEXTS_VIEW = "ssb_bid_texts"
CHAIN_FUNCTION = "ssb_audit_chain"
TRUNCATE_FUNCTION = "ssb_refuse_truncate"
TRUNCATE_TRIGGER = "ssb_no_truncate"
# The tables whose rows name a bid's bidders, hidden from a login seated on an anonymised lot
# until its consensus is final; and the texts of a bid that name them: no role reads these
# columns (services/permissions.py), every login reads them through TEXTS_VIEW, and
# services/audit.py leaves the same fields out of a bid's entries.
BIDDER_TABLES = ("bid_members", "bid_documents")
NAMING_FIELDS = ("notes", "status_reason", "late_reason", "their_reference")


def hidden_prices_sql(schema: str) -> str:
    """Prices, bidders and unsubmitted work on the server, by the one rule of
    ``services/blindness.py``, whatever the login's roles (an officer seated as a quality
    evaluator is as blind as any evaluator on that lot):

    - a login with a seat on a lot whose prices it may not see (a quality evaluator of a lot
      that hides prices) reads no price of that lot until its consensus is final;
    - a login with a seat on an anonymised lot reads no bidder of that lot (``bid_members``,
      ``bid_documents``, their audit entries and the bid's texts that name them) until its
      consensus is final;
    - a login with a seat it has not submitted reads nothing built from the others' scores
      (consensus, results).

    No role reads the bids' price columns nor its texts that name the bidder
    (``services/team.py`` leaves them out of every grant); every login reads prices through
    the view ``ssb_bid_prices`` and those texts through ``ssb_bid_texts``. Members, documents,
    the adopted results and the audit log are row-level security. A login without any seat
    passes each rule by one test per statement (``ssb_has_seat``), not one per row.
    ``ssb_audit_chain`` lets a login verify the whole chain: the entries it may not read come
    with their hashes only."""
    s = quote_ident(schema)
    unseated = f"(SELECT NOT {s}.ssb_has_seat())"
    seat = (
        "FROM evaluators e JOIN users u ON u.id = e.user_id "
        "WHERE u.account = session_user AND e.lot_id = p_lot"
    )
    evaluator, bid, lot = (
        f"(coalesce(v_changes -> '{key}' ->> 0, v_changes -> '{key}' ->> 1))::integer"
        for key in ("evaluator_id", "bid_id", "lot_id")
    )
    naming = ", ".join(quote_literal(name) for name in NAMING_FIELDS)
    texts = ", ".join(f"b.{quote_ident(name)}" for name in NAMING_FIELDS)
    sealed = "(" + ", ".join(map(quote_literal, SEALED_TABLES)) + ")"
    seal = _seal_sql("p.payload", "k.inner_pad", "k.outer_pad")
    payload = _payload_sql(
        "a.prev_hash",
        _moment_sql("a.at"),
        "a.user_account",
        "a.table_name",
        "a.record_id",
        "a.action",
        "a.changes",
    )
    parts = "\n".join(
        f"""DROP POLICY IF EXISTS {policy} ON {s}.{table};"""
        for table in BIDDER_TABLES
        for policy in ("ssb_read", "ssb_insert", "ssb_update", "ssb_delete")
    )
    part_policies = "\n".join(
        f"""ALTER TABLE {s}.{table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY ssb_read ON {s}.{table} FOR SELECT USING (
    {unseated} OR {s}.ssb_sees_bidders(bid_id));
-- Who may write them is a table privilege (services/permissions.py).
CREATE POLICY ssb_insert ON {s}.{table} FOR INSERT WITH CHECK (true);
CREATE POLICY ssb_update ON {s}.{table} FOR UPDATE USING (true) WITH CHECK (true);
CREATE POLICY ssb_delete ON {s}.{table} FOR DELETE USING (true);"""
        for table in BIDDER_TABLES
    )
    return f"""
CREATE OR REPLACE FUNCTION {s}.ssb_has_seat() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $fn$
    SELECT EXISTS (SELECT 1 FROM evaluators e JOIN users u ON u.id = e.user_id
                   WHERE u.account = session_user)
$fn$;
GRANT EXECUTE ON FUNCTION {s}.ssb_has_seat() TO PUBLIC;
CREATE OR REPLACE FUNCTION {s}.ssb_consensus_final(p_lot integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $fn$
    WITH leaves AS (
        SELECT c.id FROM criteria c
        WHERE c.lot_id = p_lot AND NOT c.is_price
          AND NOT EXISTS (SELECT 1 FROM criteria k WHERE k.parent_id = c.id)),
    active AS (
        SELECT b.id FROM bids b
        WHERE b.lot_id = p_lot AND b.status::text NOT IN ('withdrawn', 'excluded'))
    SELECT (SELECT count(*) FROM leaves) > 0 AND (SELECT count(*) FROM active) > 0
       AND (SELECT count(*) FROM consensus_scores cs
            WHERE cs.bid_id IN (SELECT id FROM active)
              AND cs.criterion_id IN (SELECT id FROM leaves) AND NOT cs.invalidated)
           >= (SELECT count(*) FROM leaves) * (SELECT count(*) FROM active)
$fn$;
CREATE OR REPLACE FUNCTION {s}.ssb_sees_prices(p_lot integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $fn$
    SELECT NOT EXISTS (SELECT 1 {seat} AND NOT e.sees_prices
                       AND (SELECT l.prices_hidden FROM lots l WHERE l.id = p_lot))
        OR ssb_consensus_final(p_lot)
$fn$;
CREATE OR REPLACE FUNCTION {s}.ssb_sees_names(p_lot integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $fn$
    SELECT NOT EXISTS (SELECT 1 {seat}
                       AND (SELECT l.anonymised FROM lots l WHERE l.id = p_lot))
        OR ssb_consensus_final(p_lot)
$fn$;
CREATE OR REPLACE FUNCTION {s}.ssb_sees_bidders(p_bid integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $fn$
    SELECT ssb_sees_names((SELECT b.lot_id FROM bids b WHERE b.id = p_bid))
$fn$;
CREATE OR REPLACE FUNCTION {s}.ssb_sees_others(p_lot integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $fn$
    SELECT NOT EXISTS (SELECT 1 {seat} AND e.submitted_at IS NULL)
$fn$;
GRANT EXECUTE ON FUNCTION {s}.ssb_sees_prices(integer) TO PUBLIC;
GRANT EXECUTE ON FUNCTION {s}.ssb_sees_names(integer) TO PUBLIC;
GRANT EXECUTE ON FUNCTION {s}.ssb_sees_bidders(integer) TO PUBLIC;
GRANT EXECUTE ON FUNCTION {s}.ssb_sees_others(integer) TO PUBLIC;

CREATE OR REPLACE VIEW {s}.{PRICES_VIEW} WITH (security_barrier) AS
    SELECT b.id, b.lot_id, b.price_per_year, b.price_total FROM {s}.bids b
    WHERE {unseated} OR {s}.ssb_sees_prices(b.lot_id);
CREATE OR REPLACE VIEW {s}.{TEXTS_VIEW} WITH (security_barrier) AS
    SELECT b.id, b.lot_id, {texts} FROM {s}.bids b
    WHERE {unseated} OR {s}.ssb_sees_names(b.lot_id);

{parts}
{part_policies}

ALTER TABLE {s}.results ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS ssb_read ON {s}.results;
DROP POLICY IF EXISTS ssb_insert ON {s}.results;
DROP POLICY IF EXISTS ssb_update ON {s}.results;
DROP POLICY IF EXISTS ssb_delete ON {s}.results;
CREATE POLICY ssb_read ON {s}.results FOR SELECT USING (
    {unseated} OR ({s}.ssb_sees_prices(lot_id) AND {s}.ssb_sees_others(lot_id)));
-- Who may write results is a table privilege (services/permissions.py).
CREATE POLICY ssb_insert ON {s}.results FOR INSERT WITH CHECK (true);
CREATE POLICY ssb_update ON {s}.results FOR UPDATE USING (true) WITH CHECK (true);
CREATE POLICY ssb_delete ON {s}.results FOR DELETE USING (true);

CREATE OR REPLACE FUNCTION {s}.ssb_audit_visible(p_table text, p_record text, p_changes text)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $fn$
DECLARE
    v_changes jsonb;
    v_id integer;
    v_lot integer;
    v_bid integer;
    v_evaluator integer;
BEGIN
    IF p_table NOT IN {sealed} THEN
        RETURN true;
    END IF;
    v_changes := p_changes::jsonb;
    IF p_table = 'bids' AND NOT (v_changes ?| ARRAY['price_total', 'price_per_year', {naming}])
    THEN
        RETURN true;
    END IF;
    IF p_record ~ '^[0-9]{{1,9}}$' THEN v_id := p_record::integer; END IF;
    IF p_table = 'individual_scores' THEN
        SELECT evaluator_id INTO v_evaluator FROM individual_scores WHERE id = v_id;
        v_evaluator := coalesce(v_evaluator, {evaluator});
        RETURN v_evaluator IS NULL OR ssb_may_read_scores(v_evaluator);
    ELSIF p_table = 'consensus_scores' THEN
        SELECT b.lot_id INTO v_lot FROM consensus_scores c JOIN bids b ON b.id = c.bid_id
        WHERE c.id = v_id;
        IF v_lot IS NULL THEN
            SELECT lot_id INTO v_lot FROM bids
            WHERE id = {bid};
        END IF;
        RETURN v_lot IS NULL OR ssb_sees_others(v_lot);
    ELSIF p_table = 'results' THEN
        SELECT lot_id INTO v_lot FROM results WHERE id = v_id;
        v_lot := coalesce(v_lot, {lot});
        RETURN v_lot IS NULL OR (ssb_sees_others(v_lot) AND ssb_sees_prices(v_lot));
    ELSIF p_table IN ('bid_members', 'bid_documents') THEN
        IF p_table = 'bid_members' THEN
            SELECT bid_id INTO v_bid FROM bid_members WHERE id = v_id;
        ELSE
            SELECT bid_id INTO v_bid FROM bid_documents WHERE id = v_id;
        END IF;
        v_bid := coalesce(v_bid, {bid});
        RETURN v_bid IS NULL OR ssb_sees_bidders(v_bid);
    END IF;
    SELECT lot_id INTO v_lot FROM bids WHERE id = v_id;
    v_lot := coalesce(v_lot, {lot});
    IF v_lot IS NULL THEN
        RETURN true;
    END IF;
    IF (v_changes ? 'price_total' OR v_changes ? 'price_per_year')
       AND NOT ssb_sees_prices(v_lot) THEN
        RETURN false;
    END IF;
    RETURN NOT (v_changes ?| ARRAY[{naming}]) OR ssb_sees_names(v_lot);
END
$fn$;
GRANT EXECUTE ON FUNCTION {s}.ssb_audit_visible(text, text, text) TO PUBLIC;
ALTER TABLE {s}.audit_log ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS ssb_read ON {s}.audit_log;
CREATE POLICY ssb_read ON {s}.audit_log FOR SELECT USING (
    {unseated} OR {s}.ssb_audit_visible(table_name, record_id, changes));

DROP FUNCTION IF EXISTS {s}.{CHAIN_FUNCTION}(integer);
CREATE FUNCTION {s}.{CHAIN_FUNCTION}(p_after integer)
RETURNS TABLE (id integer, at timestamptz, user_account text, table_name text,
               record_id text, action text, changes text, prev_hash text, hash text,
               sealed boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $fn$
    SELECT a.id,
           CASE WHEN v.seen THEN a.at END, CASE WHEN v.seen THEN a.user_account END,
           CASE WHEN v.seen THEN a.table_name END, CASE WHEN v.seen THEN a.record_id END,
           CASE WHEN v.seen THEN a.action::text END, CASE WHEN v.seen THEN a.changes END,
           a.prev_hash, a.hash,
           CASE WHEN a.table_name IN {sealed} THEN
               a.hash IN (pg_catalog.encode(pg_catalog.sha256(p.payload), 'hex'),
                          {seal})
           END
    FROM audit_log a
    CROSS JOIN LATERAL (SELECT (SELECT NOT ssb_has_seat())
                        OR ssb_audit_visible(a.table_name, a.record_id, a.changes) AS seen) v
    CROSS JOIN LATERAL (SELECT {payload} AS payload) p
    CROSS JOIN (SELECT k.inner_pad, k.outer_pad FROM {KEY_TABLE} k) k
    WHERE a.id > p_after
    ORDER BY a.id
$fn$;
GRANT EXECUTE ON FUNCTION {s}.{CHAIN_FUNCTION}(integer) TO PUBLIC;
"""


def truncate_guard_sql(schema: str) -> str:
    """TRUNCATE writes no row-level audit entries, so it is refused on every audited table
    and on the audit log itself, also for the owner (program roles have no TRUNCATE privilege
    in the first place); rows are deleted with DELETE, which the trigger records."""
    s = quote_ident(schema)
    return f"""
CREATE OR REPLACE FUNCTION {s}.{TRUNCATE_FUNCTION}() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    RAISE EXCEPTION 'TRUNCATE of % is refused: it would leave no audit entry; use DELETE',
        TG_TABLE_NAME USING ERRCODE = '42501';
END
$fn$;
"""


def truncate_trigger_sql(schema: str, table: str) -> str:
    return (
        f"CREATE OR REPLACE TRIGGER {TRUNCATE_TRIGGER} BEFORE TRUNCATE "
        f"ON {quote_ident(schema)}.{quote_ident(table)} FOR EACH STATEMENT "
        f"EXECUTE FUNCTION {quote_ident(schema)}.{TRUNCATE_FUNCTION}()"
    )
