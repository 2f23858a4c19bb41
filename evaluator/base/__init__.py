"""Floor 0: what every other package leans on and that knows nothing of the method — the error family, the
translation hook, counted wording, paths to the resources, atomic writes, bounded JSON and file checks.
"""
