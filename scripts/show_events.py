"""Print the events of one `marsad extract` result (read on stdin), one line each: a quick human summary."""

import json
import sys

result = json.load(sys.stdin)
for e in result["events"]:
    claims = "; ".join(f"{c['source']}: {c['killed_min']}" for c in e["claims"] if c["killed_min"] is not None)
    print(f"  {e['event_date']}  {e['sub_event_type']} | {e['actor1']} -> {e['actor2'] or '-'} | "
          f"{e['location']} ({e['admin1']}) | killed: {claims or '-'}")
print(f"  + {len(result['background'])} background event(s)")
