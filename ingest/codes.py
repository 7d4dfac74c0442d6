"""The PLOVER event type and CAMEO root code of an extracted relation.

PLOVER draft 0.8 codes a stated intention, offer or promise to cooperate, give aid, meet or yield
as AGREE (CAMEO 03), whatever the verb: "Finland will give Tanzania a grant" keeps the relation
type SUPPLIED, with modality `future`, and is coded AGREE / 03. A stated intention to attack, coerce
or sanction is THREATEN (CAMEO 13): "Russia vowed to strike Kyiv" stays ATTACKED, future, THREATEN / 13. Everything else carries the codes
of its type in schema/relations.toml; non-event relations (MEMBER_OF, ...) have none.
"""

from __future__ import annotations

from newsgraph.schema import vocabulary

# The modalities that make an act a stated intention: announced, planned, pledged, offered or
# considered cooperation is AGREE; an announced or vowed attack, arrest or sanction is THREATEN
# (a possible one, "could strike", is no threat by the doer).
INTENT_MODALITIES = {"AGREE": {"future", "possible"}, "THREATEN": {"future"}}


def event_codes(relation_type: str, polarity: str, modality: str,
                trigger: str | None = None) -> tuple[str | None, str | None]:
    """(plover, cameo) for a relation of `relation_type` reported with this polarity and modality;
    `trigger` (the vocabulary entry that matched) may give a finer CAMEO root: "urged" is an appeal
    (02), "demanded" a demand (10), both PLOVER REQUEST."""
    vocab = vocabulary()
    spec = vocab.relation(relation_type)
    if spec.intent_plover and polarity == "positive" and modality in INTENT_MODALITIES[spec.intent_plover]:
        intent = next(r for r in vocab.relations.values() if r.plover == spec.intent_plover and not r.intent_plover)
        return intent.plover, intent.cameo
    return spec.plover, spec.cameo_by_trigger.get(trigger, spec.cameo)
