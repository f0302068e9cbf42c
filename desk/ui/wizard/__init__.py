"""The case wizard (补卡): reason → checklist → card → handover → (payment) → submit."""
