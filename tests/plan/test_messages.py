from wizard.plan.messages import Msg


def test_render_translates_template_and_nested_values():
    table = {("Plan", "Still to do: {item}"): "Noch offen: {item}", ("Plan", "Call"): "Anrufen"}

    def tr(ctx, text):
        return table.get((ctx, text), text)

    msg = Msg("Still to do: {item}", {"item": Msg("Call")})
    assert msg.render(tr) == "Noch offen: Anrufen"
    assert msg.render() == "Still to do: Call"


def test_user_text_with_braces_is_not_formatted():
    assert Msg("Case {name}", {"name": "{weird}"}).render() == "Case {weird}"


def test_missing_translation_falls_back_to_source():
    assert Msg("Hello").render(lambda c, t: "") == "Hello"
