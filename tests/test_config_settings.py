"""Settings: one table, validated, from environment and overrides."""

import pytest

from communique.config import SETTINGS, Config
from communique.errors import ConfigError


def test_config_every_setting_is_a_field_with_the_table_default():
    config = Config()
    for setting in SETTINGS:
        assert getattr(config, setting.name) == setting.default
        assert setting.help


def test_config_from_env_reads_prefixed_variables_and_overrides_win():
    env = {"COMMUNIQUE_MODEL": "en_core_web_md", "COMMUNIQUE_BATCH_SIZE": "8",
           "COMMUNIQUE_PLACES": "off"}
    config = Config.from_env(env, batch_size=4)
    assert config.model == "en_core_web_md"
    assert config.batch_size == 4
    assert config.places is False


@pytest.mark.parametrize("env", [{"COMMUNIQUE_BATCH_SIZE": "many"},
                                 {"COMMUNIQUE_EVENTS": "perhaps"},
                                 {"COMMUNIQUE_MAX_CHARS": "0"}])
def test_config_rejects_bad_values_with_the_setting_named(env):
    with pytest.raises(ConfigError) as info:
        Config.from_env(env)
    assert any(word in str(info.value) for word in ("BATCH_SIZE", "EVENTS", "max_chars"))


def test_config_replace_rejects_unknown_settings():
    with pytest.raises(ConfigError, match="valid settings"):
        Config().replace(modle="x")


def test_config_two_configurations_coexist():
    a, b = Config(), Config().replace(model="en_core_web_lg")
    assert a.model != b.model


def test_config_refuses_a_pipeline_whose_stages_lack_what_they_need():
    with pytest.raises(ConfigError, match="needs stage 'actors'"):
        Config(actors=False)
    assert Config(actors=False, events=False, relations=False).actors is False
