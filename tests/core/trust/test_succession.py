"""An authority renewed: the old key vouches for the new certificate, every bundle carries that
word, and a juror who trusted the old authority takes the new one without a phone call;
one who never trusted it is asked as for any new authority."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jury_desk.bundle.container import Unlock
from jury_desk.bundle.opening import inspect_bundle
from jury_desk.bundle.verification import UntrustedAuthorityError
from jury_desk.kernel.paths import organiser_dir
from jury_desk.trust.authority import create_authority, load_authority
from jury_desk.trust.succession import (
    renew_authority,
    save_renewal,
    statement_bytes,
    vouched_for,
)
from jury_desk.trust.trusted import TrustedAuthorities
from jury_desk.trust.verify import sign_bytes
from tests.bundle_factory import BUNDLE_PASSPHRASE, Setting, make_setting, secret_store
from tests.factories import FakeClock

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def setting(tmp_path: Path) -> Setting:
    return make_setting(tmp_path, NOW, fast_secrets=True)


def _renewed(setting: Setting, clock: FakeClock) -> None:
    home = setting.root / "organiser"
    secrets = secret_store(home)
    new, succession = renew_authority(setting.authority, clock.now())
    save_renewal(new, succession, secrets, organiser_dir(home))
    setting.authority = load_authority(secrets, organiser_dir(home))


def test_the_renewed_authority_keeps_its_name_and_age_key_and_names_its_past(
    setting: Setting,
) -> None:
    old = setting.authority
    new, succession = renew_authority(old, NOW + timedelta(days=700))
    assert new.certificate != old.certificate and new.name == old.name
    assert new.age_identity == old.age_identity  # results already sent still open
    assert new.previous == (old.certificate,)
    assert vouched_for(succession, new.certificate, lambda cert: cert == old.certificate)
    assert not vouched_for(succession, new.certificate, lambda _cert: False)  # old untrusted
    assert not vouched_for(succession, old.certificate, lambda _cert: True)  # not the successor


def test_a_word_not_signed_by_the_old_key_vouches_for_nothing(setting: Setting) -> None:
    old = setting.authority
    new, succession = renew_authority(old, NOW)
    mallory = create_authority(old.name, NOW)
    forged = sign_bytes(
        mallory.private_key, statement_bytes(old.certificate, succession.new_fingerprint, NOW)
    )
    trusted = lambda cert: cert == old.certificate  # noqa: E731 - a one-line check
    assert not vouched_for(
        dataclasses.replace(succession, signature=forged), new.certificate, trusted
    )
    later = dataclasses.replace(succession, signed_at=succession.signed_at + timedelta(seconds=1))
    assert not vouched_for(later, new.certificate, trusted)  # the statement is signed whole


def test_a_juror_who_trusted_the_old_authority_opens_the_new_ones_bundle(
    setting: Setting, clock: FakeClock
) -> None:
    _renewed(setting, clock)
    assert setting.authority.succession is not None
    bundle = setting.build("after-renewal.jdbundle", clock)
    opened = setting.chair.open(bundle, clock)  # no fingerprint given: the old key vouched
    assert opened.manifest.organiser.succession is not None
    assert TrustedAuthorities(setting.chair.home).is_trusted(setting.authority.certificate)


def test_someone_who_never_trusted_the_old_authority_is_asked_as_before(
    setting: Setting, clock: FakeClock
) -> None:
    _renewed(setting, clock)
    bundle = setting.build("after-renewal.jdbundle", clock)
    with pytest.raises(UntrustedAuthorityError, match="not trusted here yet"):
        inspect_bundle(bundle, Unlock((), BUNDLE_PASSPHRASE), clock.now(), lambda _cert: False)


def test_a_backup_after_a_renewal_carries_the_succession_to_another_computer(
    setting: Setting, clock: FakeClock, tmp_path: Path
) -> None:
    from jury_desk.trust.authority_backup import (
        authority_backup,
        read_authority_backup,
        restore_authority,
    )

    _renewed(setting, clock)
    data = authority_backup(setting.authority, "phrase de la sauvegarde")
    elsewhere = tmp_path / "other-computer"
    secrets = secret_store(elsewhere)
    restore_authority(
        read_authority_backup(data, "phrase de la sauvegarde"), secrets, organiser_dir(elsewhere)
    )
    restored = load_authority(secrets, organiser_dir(elsewhere))
    assert restored.certificate == setting.authority.certificate
    assert restored.succession == setting.authority.succession
    assert restored.previous == setting.authority.previous
