"""`casedesk pki|credential|trust|package` and `demo --packages`, run as real subprocesses.

One flow per module, in the order an officer would follow it: `pki demo` makes the PKI, Claire
and Pieter import their PKCS#12 files into a copy of the session's case-file template (which has
their approved requests but no certificates), Claire pins the partners' certificates, looks at
the trust store, dry-runs and then exports the request, a partner's CA and a tampered copy are
tried on `package verify`, and Pieter imports the Limburg answer twice. Every run is recorded;
the tests below each check one step. `demo PATH --packages DIR` is then followed through the
commands its README.txt prints.

Secrets reach the CLI only through CASEDESK_PASSPHRASE, CASEDESK_P12_PASSWORD or a password file,
never argv; no run may print a traceback, and none but `pki demo` (which exists to show them)
may print a passphrase or a PKCS#12 password.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography import x509

from desktop.exchange.asice import read_container
from desktop.exchange.pki import fingerprint, load_pkcs12
from desktop.services.casefile import open_case_file
from desktop.services.facade import Services
from tests.packages_fixtures import (
    CLAIRE,
    MARC,
    NL,
    OWN,
    PASSPHRASES,
    PIETER,
    CaseTemplate,
    case_template,
    copy_case,
    partner_document,
    partner_package,
    replace_entry,
    tree_snapshot,
)

ROOT = Path(__file__).resolve().parents[1]
DEMO_PW = "demo-Pf4granite-heron-62"
WRONG_P12 = "not-the-Kq2password-91"
_PRINTED_PASSWORD = re.compile(r"^\s+(\S+\.p12)\s+.*\s+password: (\S+)$", re.MULTILINE)


@dataclass(frozen=True)
class Run:
    argv: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> dict[str, object]:
        return json.loads(self.stdout)  # type: ignore[no-any-return]


@dataclass
class Recorder:
    """Runs `casedesk` and keeps every run, to check them all for tracebacks and secrets."""

    secrets: set[str] = field(default_factory=lambda: set(PASSPHRASES.values()) | {DEMO_PW, WRONG_P12})
    runs: list[Run] = field(default_factory=list)

    def __call__(
        self,
        *argv: object,
        cwd: Path | None = None,
        passphrase: str | None = None,
        p12_password: str | None = None,
    ) -> Run:
        args = tuple(str(a) for a in argv)
        assert not any(secret in arg for secret in self.secrets for arg in args), (
            "a secret on the command line"
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
        env |= {"PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
        if passphrase is not None:
            env["CASEDESK_PASSPHRASE"] = passphrase
        if p12_password is not None:
            env["CASEDESK_P12_PASSWORD"] = p12_password
        done = subprocess.run(
            [sys.executable, "-m", "desktop.cli.main", *args],
            cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, encoding="utf-8",
            timeout=300, check=False,
        )  # fmt: skip
        run = Run(args, done.returncode, done.stdout, done.stderr)
        self.runs.append(run)
        return run


def refusal(run: Run) -> str:
    """The one line of a refusal (exit 2) on stderr."""
    assert run.returncode == 2, run
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("casedesk: "), run.stderr
    return lines[0]


def ok(run: Run) -> Run:
    assert run.returncode == 0, (
        f"casedesk {' '.join(run.argv)} exited {run.returncode}:\n{run.stderr}{run.stdout}"
    )
    return run


def _private_file(path: Path, text: str) -> Path:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")
    return path


@dataclass
class Flow:
    directory: Path
    case: Path
    template: CaseTemplate
    runs: dict[str, Run]
    unchanged: dict[str, bool]
    passwords: dict[str, str]  # .p12 file name → printed password
    recorder: Recorder
    statuses: dict[str, str] = field(default_factory=dict)  # step → the request's status after it


@pytest.fixture(scope="module")
def flow(tmp_path_factory: pytest.TempPathFactory) -> Flow:
    casedesk = Recorder()
    directory = tmp_path_factory.mktemp("cli-packages")
    pki = directory / "pki"
    template = case_template(tmp_path_factory)
    case = copy_case(template, directory)
    runs: dict[str, Run] = {}
    unchanged: dict[str, bool] = {}  # step → the case file's bytes were the same after it
    statuses: dict[str, str] = {}

    runs["pki demo"] = casedesk("pki", "demo", pki)
    passwords = dict(_PRINTED_PASSWORD.findall(runs["pki demo"].stdout))
    runs["pki demo again"] = casedesk("pki", "demo", pki)
    casedesk.secrets |= set(passwords.values())
    claire_p12 = passwords.get("claire-dubois.p12", "")
    pieter_file = _private_file(directory / "pieter.pass", passwords.get("pieter-janssens.p12", ""))
    encryption_file = _private_file(
        directory / "nl.pass", passwords.get("encryption-nl-politie-limburg.p12", "")
    )

    as_claire = {"passphrase": PASSPHRASES[CLAIRE]}
    runs["credential import"] = casedesk(
        "credential", "import", case, pki / "claire-dubois.p12", "--as", CLAIRE,
        **as_claire, p12_password=claire_p12,
    )  # fmt: skip
    runs["credential import from file"] = casedesk(
        "credential", "import", case, pki / "pieter-janssens.p12", "--as", PIETER,
        "--p12-password-file", pieter_file, passphrase=PASSPHRASES[PIETER],
    )  # fmt: skip
    before_wrong = tree_snapshot(case)
    runs["credential import wrong"] = casedesk(
        "credential", "import", case, pki / "marc-wagner.p12", "--as", MARC,
        passphrase=PASSPHRASES[MARC], p12_password=WRONG_P12,
    )  # fmt: skip
    unchanged["credential import wrong"] = tree_snapshot(case) == before_wrong
    runs["credential list"] = casedesk("credential", "list", case, "--as", CLAIRE, **as_claire)
    for name, path, agency in (
        ("trust add NL", pki / "ca-NL.pem", NL),
        ("trust add BE", pki / "ca-BE.pem", OWN),
        ("trust add NL encryption", pki / "encryption-nl-politie-limburg.pem", NL),
    ):
        runs[name] = casedesk("trust", "add", case, path, "--agency", agency, "--as", CLAIRE, **as_claire)
    runs["trust add again"] = casedesk(
        "trust", "add", case, pki / "ca-NL.pem", "--agency", NL, "--as", CLAIRE, **as_claire
    )
    runs["trust list"] = casedesk("trust", "list", case, "--as", CLAIRE, **as_claire)

    reference = template.refs["info"]
    attach = ("--attach", template.attachments["photo"], "--attach", template.attachments["informant"])
    before_dry = tree_snapshot(case)
    runs["export dry run"] = casedesk(
        "package", "export", case, reference, "--out", directory / "dry.asice", *attach, "--dry-run",
        "--as", CLAIRE, **as_claire,
    )  # fmt: skip
    unchanged["export dry run"] = tree_snapshot(case) == before_dry
    before_mismatch = tree_snapshot(case)
    runs["export encrypt for the wrong agency"] = casedesk(
        "package", "export", case, reference, "--out", directory / "wrong.asice.p7m", "--encrypt-for", "LU-POLICE",
        "--as", CLAIRE, **as_claire, p12_password=claire_p12,
    )  # fmt: skip
    unchanged["export encrypt for the wrong agency"] = tree_snapshot(case) == before_mismatch
    before_unwritable = tree_snapshot(case)
    runs["export to a missing folder"] = casedesk(
        "package", "export", case, reference, "--out", directory / "no-such-folder" / "out.asice", *attach,
        "--as", CLAIRE, **as_claire, p12_password=claire_p12,
    )  # fmt: skip
    runs["export to a folder"] = casedesk(
        "package", "export", case, reference, "--out", directory, *attach,
        "--as", CLAIRE, **as_claire, p12_password=claire_p12,
    )  # fmt: skip
    unchanged["export to an unwritable place"] = tree_snapshot(case) == before_unwritable
    statuses["export to an unwritable place"] = _status(case, reference)
    runs["export"] = casedesk(
        "package", "export", case, reference, "--out", directory / "out.asice", *attach,
        "--as", CLAIRE, **as_claire, p12_password=claire_p12,
    )  # fmt: skip
    runs["export encrypted"] = casedesk(
        "package", "export", case, reference, "--out", directory / "out.asice.p7m", "--encrypt-for", NL,
        "--as", CLAIRE, **as_claire, p12_password=claire_p12,
    )  # fmt: skip

    statuses["export"] = _status(case, reference)

    exported = directory / "out.asice"
    runs["verify"] = casedesk("package", "verify", exported, "--trust", pki / "ca-BE.pem")
    runs["verify json"] = casedesk("package", "verify", exported, "--trust", pki / "ca-BE.pem", "--json")
    runs["verify other ca"] = casedesk("package", "verify", exported, "--trust", pki / "ca-NL.pem", "--json")
    if exported.exists():
        signed = read_container(exported.read_bytes()).data_objects["request.json"]
        (directory / "tampered.asice").write_bytes(
            replace_entry(exported.read_bytes(), "request.json", signed.replace(b"Lanaken", b"Lanakem", 1))
        )
    runs["verify tampered"] = casedesk(
        "package", "verify", directory / "tampered.asice", "--trust", pki / "ca-BE.pem"
    )
    runs["verify case"] = casedesk(
        "package", "verify", exported, "--case", case, "--as", PIETER, passphrase=PASSPHRASES[PIETER]
    )
    runs["verify encrypted"] = casedesk(
        "package", "verify", directory / "out.asice.p7m", "--trust", pki / "ca-BE.pem",
        "--decrypt-key", pki / "encryption-nl-politie-limburg.p12", "--p12-password-file", encryption_file,
    )  # fmt: skip
    runs["verify encrypted without key"] = casedesk(
        "package", "verify", directory / "out.asice.p7m", "--trust", pki / "ca-BE.pem"
    )

    joris = pki / "joris-de-vries.p12"
    if joris.exists():
        credential = load_pkcs12(joris.read_bytes(), passwords["joris-de-vries.p12"].encode())
        (directory / "answer.asice").write_bytes(
            partner_package(partner_document(in_reply_to=reference), [credential])
        )
    as_pieter = {"passphrase": PASSPHRASES[PIETER]}
    runs["import"] = casedesk(
        "package", "import", case, directory / "answer.asice", "--as", PIETER, **as_pieter
    )
    runs["import again"] = casedesk(
        "package", "import", case, directory / "answer.asice", "--as", PIETER, **as_pieter
    )
    return Flow(directory, case, template, runs, unchanged, passwords, casedesk, statuses)


def _status(case: Path, reference: str) -> str:
    case_file = open_case_file(case, PASSPHRASES[CLAIRE], member=CLAIRE)
    try:
        return Services(case_file).requests.show(reference).status
    finally:
        case_file.close()


# --- pki, credentials, trust -----------------------------------------------------------------------


def test_pki_demo_prints_every_password_and_writes_private_pkcs12_files(flow: Flow) -> None:
    run = ok(flow.runs["pki demo"])
    pki = flow.directory / "pki"
    assert "never for real cases" in run.stdout
    assert {"claire-dubois.p12", "pieter-janssens.p12", "joris-de-vries.p12"} <= set(flow.passwords)
    assert "encryption-nl-politie-limburg.p12" in flow.passwords
    assert {p.name for p in pki.glob("*.p12")} == set(flow.passwords)
    for name, password in flow.passwords.items():
        path = pki / name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, name
        load_pkcs12(path.read_bytes(), password.encode())  # the printed password opens it
    assert stat.S_IMODE((pki / "passwords.txt").stat().st_mode) == 0o600
    assert {p.name for p in pki.glob("ca-*.pem")} == {"ca-BE.pem", "ca-NL.pem", "ca-LU.pem"}
    assert refusal(flow.runs["pki demo again"]) == f"casedesk: {pki} is not empty; choose a new folder."


def test_credential_import_records_the_certificate_and_refuses_a_wrong_password(flow: Flow) -> None:
    pki = flow.directory / "pki"
    claire = x509.load_pem_x509_certificate((pki / "claire-dubois.pem").read_bytes())
    run = ok(flow.runs["credential import"])
    assert run.stdout.startswith("Signing certificate of Claire Dubois: CN=Claire Dubois, O=BE-FEDPOL-CGI")
    assert f"SHA-256 {fingerprint(claire)}." in run.stdout
    assert ok(flow.runs["credential import from file"]).stdout.startswith(
        "Signing certificate of Pieter Janssens:"
    )
    assert refusal(flow.runs["credential import wrong"]) == "casedesk: The PKCS#12 password is wrong."
    assert flow.unchanged["credential import wrong"], "a refused import changed the case file"
    listing = ok(flow.runs["credential list"]).stdout
    assert CLAIRE in listing and PIETER in listing and MARC not in listing
    assert fingerprint(claire)[:16] in listing


def test_trust_add_and_list_show_every_pinned_certificate_with_its_expiry(flow: Flow) -> None:
    pki = flow.directory / "pki"
    ca_nl = x509.load_pem_x509_certificate((pki / "ca-NL.pem").read_bytes())
    until = ca_nl.not_valid_after_utc.strftime("%Y-%m-%d %H:%M UTC")
    assert ok(flow.runs["trust add NL"]).stdout.strip() == (
        f"Pinned to {NL}: CN=Benelux Case Desk DEMO Root CA NL,O=Benelux Case Desk DEMO,C=NL (CA), valid until {until}"
    )
    assert "(end entity)" in ok(flow.runs["trust add NL encryption"]).stdout
    assert ok(flow.runs["trust add again"]).stdout.strip() == (
        "Nothing new: these certificates were already in the trust store."
    )
    header, rule, *rows = ok(flow.runs["trust list"]).stdout.splitlines()
    assert header.split() == ["AGENCY", "SUBJECT", "TYPE", "VALID", "UNTIL", "WARNING"]
    assert set(rule) == {"-", " "} and len(rows) == 3
    assert sorted(row.split()[0] for row in rows) == [OWN, NL, NL]
    assert any(row.startswith(NL) and " CA " in row and until in row for row in rows)


# --- export ------------------------------------------------------------------------------------------


def test_package_export_dry_run_lists_what_goes_in_and_what_is_held_back_and_writes_nothing(
    flow: Flow,
) -> None:
    lines = ok(flow.runs["export dry run"]).stdout.splitlines()
    assert lines == [
        f"Package for {NL}:",
        "  goes in:      request.json",
        "  goes in:      request.pdf",
        "  goes in:      attachments/scene-photo.jpg",
        "  HELD BACK:    attachments/informant.txt (handling code H3)",
    ]
    assert not (flow.directory / "dry.asice").exists()
    assert flow.unchanged["export dry run"], "a dry run changed the case file"


def test_package_export_refuses_to_encrypt_for_another_agency_than_the_recipient(flow: Flow) -> None:
    reference = flow.template.refs["info"]
    assert refusal(flow.runs["export encrypt for the wrong agency"]) == (
        f"casedesk: {reference} goes to {NL}; encrypt for that agency, not LU-POLICE."
    )
    assert not (flow.directory / "wrong.asice.p7m").exists()
    assert flow.unchanged["export encrypt for the wrong agency"], "a refused export changed the case file"


def test_package_export_to_an_unwritable_place_is_refused_before_anything_is_signed(flow: Flow) -> None:
    missing = flow.directory / "no-such-folder"
    assert refusal(flow.runs["export to a missing folder"]) == (
        f"casedesk: Cannot write into {missing}; choose another place."
    )
    assert refusal(flow.runs["export to a folder"]) == (
        f"casedesk: {flow.directory} is a folder; choose a file name."
    )
    assert not missing.exists()
    assert flow.unchanged["export to an unwritable place"], "a refused export changed the case file"
    assert flow.statuses["export to an unwritable place"] == "approved"
    assert flow.statuses["export"] == "sent"


def test_package_export_writes_the_signed_file_and_reports_its_hash(flow: Flow) -> None:
    out = flow.directory / "out.asice"
    data = out.read_bytes()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # a package holds case data: owner only
    assert ok(flow.runs["export"]).stdout.splitlines()[-1] == (
        f"Wrote {out} ({len(data)} bytes, SHA-256 {hashlib.sha256(data).hexdigest()})."
    )
    assert set(read_container(data).data_objects) == {
        "request.json",
        "request.pdf",
        "attachments/scene-photo.jpg",
    }
    encrypted = flow.directory / "out.asice.p7m"
    assert ok(flow.runs["export encrypted"]).stdout.splitlines()[-1] == (
        f"Wrote {encrypted} ({encrypted.stat().st_size} bytes, SHA-256 "
        f"{hashlib.sha256(encrypted.read_bytes()).hexdigest()}), encrypted for {NL}."
    )


def test_package_answer_refuses_an_unwritable_place_then_replaces_a_file_owner_only(
    flow: Flow, tmp_path: Path
) -> None:
    import shutil

    from desktop.models.enums import Direction
    from tests.packages_fixtures import open_services
    from tests.test_session_requests import info_request

    case = tmp_path / "answer.casedesk"
    shutil.copytree(flow.case, case)
    with open_services(case, PIETER) as services:
        reference = services.requests.create(
            info_request(Direction.INCOMING, external_reference="NL-LIM-2026-0042")
        ).reference
    answer = ("package", "answer", case, reference, "--text", "Keeper: a leasing company in Genk.")
    as_pieter = ("--as", PIETER, "--p12-password-file", flow.directory / "pieter.pass")
    before = tree_snapshot(case)
    missing = tmp_path / "missing"
    run = flow.recorder(*answer, "--out", missing / "a.asice", *as_pieter, passphrase=PASSPHRASES[PIETER])
    assert refusal(run) == f"casedesk: Cannot write into {missing}; choose another place."
    assert tree_snapshot(case) == before

    out = tmp_path / "answer.asice"
    out.write_bytes(b"an older file anyone could read")
    out.chmod(0o644)
    run = ok(flow.recorder(*answer, "--out", out, *as_pieter, passphrase=PASSPHRASES[PIETER]))
    data = out.read_bytes()
    assert run.stdout == f"Wrote {out} ({len(data)} bytes, SHA-256 {hashlib.sha256(data).hexdigest()}).\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # replaced, not rewritten in its old mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answer.asice", "answer.casedesk"]
    with open_services(case, PIETER) as services:
        assert services.requests.show(reference).status == "answered"
        report = services.packages.verify(data)
    assert report.document is not None and report.document.kind == "answer"


# --- verify ------------------------------------------------------------------------------------------


def test_package_verify_with_the_senders_ca_passes_and_its_json_parses(flow: Flow) -> None:
    run = ok(flow.runs["verify"])
    assert run.stdout.splitlines()[0] == "TOTAL_PASSED"
    assert "signature META-INF/signature001.p7s: TOTAL_PASSED" in run.stdout
    report = ok(flow.runs["verify json"]).json()
    assert report["indication"] == "TOTAL_PASSED" and report["sub_indication"] is None
    assert report["package_sha256"] == hashlib.sha256((flow.directory / "out.asice").read_bytes()).hexdigest()
    assert [f["name"] for f in report["files"]] == [
        "attachments/scene-photo.jpg",
        "request.json",
        "request.pdf",
    ]  # type: ignore[index,union-attr]


def test_package_verify_with_another_ca_is_indeterminate_and_exits_1(flow: Flow) -> None:
    run = flow.runs["verify other ca"]
    assert run.returncode == 1 and run.stderr == ""
    report = run.json()
    assert (report["indication"], report["sub_indication"]) == ("INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND")
    assert "add the partner agency's CA certificate" in str(report["sentence"])


def test_package_verify_of_a_tampered_file_is_total_failed_and_exits_1(flow: Flow) -> None:
    run = flow.runs["verify tampered"]
    assert run.returncode == 1 and run.stderr == ""
    assert run.stdout.splitlines()[:2] == [
        "TOTAL_FAILED / HASH_FAILURE",
        "request.json was changed after it was signed (its digest does not match META-INF/ASiCManifest001.xml).",
    ]


def test_package_verify_with_the_case_files_trust_store(flow: Flow) -> None:
    assert ok(flow.runs["verify case"]).stdout.splitlines()[0] == "TOTAL_PASSED"


def test_package_verify_opens_an_encrypted_package_with_the_agency_key(flow: Flow) -> None:
    assert ok(flow.runs["verify encrypted"]).stdout.splitlines()[0] == "TOTAL_PASSED"
    assert refusal(flow.runs["verify encrypted without key"]) == (
        "casedesk: The package is encrypted; give your agency's PKCS#12 with --decrypt-key."
    )


# --- import ------------------------------------------------------------------------------------------


def test_package_import_links_the_answer_and_a_second_time_says_it_was_already_imported(flow: Flow) -> None:
    reference = flow.template.refs["info"]
    assert (
        ok(flow.runs["import"]).stdout.strip()
        == f"The answer from {NL} was linked to {reference}, now answered."
    )
    again = ok(flow.runs["import again"]).stdout.strip()
    assert again.startswith("This package was already imported on ") and again.endswith(f" as {reference}.")
    case_file = open_case_file(flow.case, PASSPHRASES[PIETER], member=PIETER)
    try:
        assert Services(case_file).requests.show(reference).status == "answered"
    finally:
        case_file.close()


# --- demo --packages and its README ------------------------------------------------------------------


@dataclass(frozen=True)
class Demo:
    folder: Path
    case: Path
    made: Run
    readme: list[Run]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, flow: Flow) -> Iterator[Demo]:
    casedesk = flow.recorder
    directory = tmp_path_factory.mktemp("cli-demo")
    case, folder = directory / "demo.casedesk", directory / "packages"
    made = casedesk("demo", case, "--packages", folder, passphrase=DEMO_PW)
    passwords = dict(
        line.split(": ", 1)
        for line in (folder / "pki" / "passwords.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
    casedesk.secrets |= set(passwords.values())
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    runs: list[Run] = []
    for line in readme.splitlines():
        command = line.strip()
        if command.startswith("casedesk package verify "):
            runs.append(casedesk(*command.split()[1:], cwd=folder))
            p7m = next(folder.glob("*.asice.p7m"))
            assert "add --decrypt-key pki/encryption-nl-politie-limburg.p12" in readme
            decrypting = casedesk(
                "package", "verify", p7m.name, "--trust", "trust/ca-BE.pem",
                "--decrypt-key", "pki/encryption-nl-politie-limburg.p12",
                cwd=folder, p12_password=passwords["encryption-nl-politie-limburg.p12"],
            )  # fmt: skip
            runs.append(decrypting)
        elif command.startswith("casedesk package import DEMO.casedesk "):
            argv = [str(case) if word == "DEMO.casedesk" else word for word in command.split()[1:]]
            runs.append(casedesk(*argv, cwd=folder, passphrase=DEMO_PW))
    yield Demo(folder, case, made, runs)


def test_demo_with_packages_and_the_commands_of_its_readme_work(demo: Demo) -> None:
    ok(demo.made)
    assert "see its README.txt" in demo.made.stdout
    assert [run.argv[:2] for run in demo.readme] == [("package", "verify")] * 2 + [("package", "import")]
    for run in demo.readme:
        ok(run)
    assert demo.readme[0].stdout.startswith("TOTAL_PASSED\n") and demo.readme[0].argv[-1] == "trust/ca-BE.pem"
    assert demo.readme[1].stdout.startswith("TOTAL_PASSED\n")
    assert re.fullmatch(
        rf"The answer from {NL} was linked to OUT-\d{{4}}-\d{{6}}, now answered.\n", demo.readme[2].stdout
    )


def test_no_run_prints_a_traceback_or_a_secret(flow: Flow, demo: Demo) -> None:
    runs = flow.recorder.runs
    assert len(runs) >= 25
    printed = set(flow.passwords.values())
    for run in runs:
        assert "Traceback" not in run.stderr + run.stdout, run
        allowed = printed if run is flow.runs["pki demo"] else set()
        leaked = [s for s in flow.recorder.secrets - allowed if s and s in run.stdout + run.stderr]
        assert not leaked, f"casedesk {' '.join(run.argv)} printed a secret"
