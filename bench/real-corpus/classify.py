"""Sorts the ContentGen diagnostics of a PowerShell-Docs build into kinds (powershell-docs.sh).

    python3 classify.py <build log> <file listing the repository's paths> <folder holding redir/>

A missing link or image target (CG0025, CG0027) is looked up in the whole repository: present
under reference/includes (a folder not copied), present elsewhere (only its blob was absent),
present with other letter case, or absent; an absent one is also looked up in the redirection
files the live site uses. Each kind prints its count and one example.
"""
import glob
import json
import os
import re
import sys

log, tree_file, src = sys.argv[1:4]
tree = {line.strip() for line in open(tree_file, encoding='utf-8')}
lower = {path.lower() for path in tree}
redirects = set()
for name in glob.glob(os.path.join(src, 'redir', '.*.json')):
    for entry in json.load(open(name, encoding='utf-8'))['redirections']:
        redirects.add(re.sub(r'^(\.\./|/)+', '', entry['source_path'].lower()))

# MSBuild may print a diagnostic more than once: count distinct lines.
lines = sorted({line for line in open(log, encoding='utf-8') if re.search(r': (error|warning) CG\d+:', line)})
kinds, examples = {}, {}
for line in lines:
    where, sev, rule, message = re.match(r'(.*?): (error|warning) (CG\d+): (.*?) \(https', line).groups()
    if rule in ('CG0025', 'CG0027'):
        path = 'reference/' + re.search(r"names 'Content/([^']+)'", message).group(1)
        if path in tree:
            kind = 'target in the repository but not in the built folders' if not path.startswith(('reference/docs-conceptual/', 'reference/7.5/', 'reference/media/', 'reference/includes/')) else 'target in the repository, blob absent from the clone'
        elif path.lower() in lower:
            kind = 'target exists with other letter case outside the built folders'
        else:
            kind = 'target not in the repository' + (' (the live site redirects it)' if path.lower() in redirects else '')
    elif rule == 'CG0007':
        kind = 'key ' + re.match(r"'([^']+)'", message).group(1)
    else:
        kind = {'CG0003': 'invalid YAML', 'CG0005': 'value of the wrong type', 'CG0028': 'letter case differs (resolves)', 'CG0029': 'literal U+FFFD'}.get(rule, '')
    key = (sev, rule, kind)
    kinds[key] = kinds.get(key, 0) + 1
    examples.setdefault(key, where.split('/Docs/', 1)[-1] + ': ' + message[:150])

for key in sorted(kinds):
    print(f'{kinds[key]:6} {key[0]} {key[1]} {key[2]}\n         e.g. {examples[key]}')
print(f"{sum(n for k, n in kinds.items() if k[0] == 'error')} errors, {sum(n for k, n in kinds.items() if k[0] == 'warning')} warnings")
