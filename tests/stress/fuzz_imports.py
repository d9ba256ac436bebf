"""The long run of tests/test_fuzz_imports.py: the same targets, as many inputs as asked, with counts.

    .venv/bin/python tests/stress/fuzz_imports.py --examples 5000
    .venv/bin/python tests/stress/fuzz_imports.py --examples 20000 --targets certificates pkcs12

Builds its own throw-away test PKI and case files (minimum key-derivation cost) in a temporary
folder, then feeds each target N hypothesis-generated inputs through the services. Prints, per
target, the inputs tried and their outcomes: accepted, rejected (a clean refusal with its sentence,
nothing written) and crashed (any other exception, or a refusal that changed the case file). The
first crashes are printed with their input. Exit status 1 when anything crashed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
import warnings
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hypothesis import given

from desktop.models.enums import Role
from desktop.services.casefile import create_case_file
from desktop.services.facade import Services
from desktop.vault import KdfParams
from tests.test_fuzz_imports import TARGETS, Env, Target, fuzz, seeds


class _Folders:
    """What tests/pki_fixtures and tests/packages_fixtures ask of pytest's tmp_path_factory."""

    def __init__(self, root: Path) -> None:
        self._root = root

    def getbasetemp(self) -> Path:
        return self._root

    def mktemp(self, name: str) -> Path:
        return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=self._root))


def _environment(root: Path, stack: ExitStack, with_packages: bool) -> Env:
    from tests.pki_fixtures import session_test_pki

    folders = _Folders(root)
    certificate_files, pkcs12_files, credentials = seeds(session_test_pki(folders))  # type: ignore[arg-type]
    case_file, _code = create_case_file(
        root / "fuzz.casedesk",
        member_name="Sam",
        role=Role.SUPERVISOR,
        passphrase="fuzz correct horse 1",
        agency_code="BE-FEDPOL",
        kdf=KdfParams.minimum(),
    )
    stack.callback(case_file.close)
    services = Services(case_file)
    env = Env(
        services,
        certificate_files,
        pkcs12_files,
        credentials,
        [agency.code for agency in services.agencies.list()],
    )
    if with_packages:
        from desktop.exchange.envelope import encrypt_for
        from tests.packages_fixtures import (
            OWN,
            PIETER,
            copy_case,
            exchange_template,
            open_services,
            partner_document,
            partner_package,
        )
        from tests.pki_fixtures import identity, load

        exchange = exchange_template(folders)  # type: ignore[arg-type]
        joris = load(identity(exchange.pki, "Joris de Vries"))
        answer = partner_package(partner_document(in_reply_to=exchange.refs["sent"]), [joris])
        ours = load(exchange.pki.agency_encryption[OWN])
        env.encrypted_package = encrypt_for(answer, [ours.certificate])
        env.decryption = ours
        env.importer = stack.enter_context(open_services(copy_case(exchange, root, "exchange"), PIETER))
    return env


def _fuzz(target: Target, env: Env, examples: int, show: int) -> Counter[str]:
    """Feed the target `examples` inputs; count the outcomes, print the first `show` crashes."""
    outcomes: Counter[str] = Counter()

    @fuzz(target.name, examples)
    @given(drawn=target.inputs(env))
    def run(drawn: object) -> None:
        try:
            outcomes[target.check(env, drawn)] += 1
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # a Rust panic in cryptography is a BaseException
            outcomes["crashed"] += 1
            if outcomes["crashed"] <= show:
                print(f"--- {target.name} crashed on {drawn!r:.300}", file=sys.stderr)
                traceback.print_exc(limit=6, file=sys.stderr)

    run()
    return outcomes


def main(argv: list[str] | None = None) -> int:
    names = [target.name for target in TARGETS]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="inputs per target (default 2000)")
    parser.add_argument("--targets", nargs="+", choices=names, default=names)
    parser.add_argument("--show", type=int, default=5, help="crashes to print in full per target")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # cryptography's deprecation warnings on odd certificates
    total_crashes = 0
    with tempfile.TemporaryDirectory(prefix="casedesk-fuzz-") as folder, ExitStack() as stack:
        env = _environment(Path(folder), stack, "encrypted-package" in args.targets)
        print(f"{'target':<18} {'inputs':>8} {'accepted':>9} {'rejected':>9} {'crashed':>8} {'seconds':>8}")
        for target in TARGETS:
            if target.name not in args.targets:
                continue
            started = time.perf_counter()
            outcomes = _fuzz(target, env, args.examples, args.show)
            seconds = time.perf_counter() - started
            tried = sum(outcomes.values())
            total_crashes += outcomes["crashed"]
            print(
                f"{target.name:<18} {tried:>8} {outcomes['accepted']:>9} {outcomes['rejected']:>9} "
                f"{outcomes['crashed']:>8} {seconds:>8.1f}",
                flush=True,
            )
    return 1 if total_crashes else 0


if __name__ == "__main__":
    sys.exit(main())
