#!/usr/bin/env python3
"""Fails when configure read a file from a Debian package that scripts/deps.sh does not install.

A find_package() that pulls in one more CMake package (Qt6Charts needs Qt6OpenGL, say) works on a
developer's machine that has it from earlier work and fails on a fresh Debian 12 (#14). This test
takes every file the configure step of a build tree read (the inputs of build.ninja's re-run rule:
config files, find modules, their includes) and every absolute path the build's own rules use
(compilers, Qt's moc/uic/rcc, include folders, the libraries it links), maps each to the Debian package owning it (dpkg -S), and checks that
each package is listed by scripts/deps.sh or pulled in by a listed package's Depends/Pre-Depends,
as apt installs them with --no-install-recommends.

Usage: check_build_packages.py BUILD_DIR SOURCE_DIR [--test] [--expect-missing PACKAGE]
--expect-missing takes PACKAGE off deps.sh's list and succeeds only if the check then fails naming
it: the proof that the check notices a missing package.
"""
import os
import re
import subprocess
import sys


def read_configure_inputs(build_dir):
    """Files the last configure read, from the RERUN_CMAKE edge of build.ninja."""
    inputs = []
    with open(os.path.join(build_dir, "build.ninja"), encoding="utf-8") as ninja:
        text = ninja.read().replace("$\n", " ")
    for line in text.splitlines():
        if line.startswith("build build.ninja") and "RERUN_CMAKE" in line:
            _, _, implicit = line.partition("|")
            inputs += [path.replace("$ ", " ") for path in re.split(r"(?<!\$) ", implicit.strip()) if path]
    return inputs


def read_build_paths(build_dir):
    """Absolute paths the build itself uses: compilers and tools, include folders, linked libraries."""
    paths = set()
    for name in ("build.ninja", os.path.join("CMakeFiles", "rules.ninja")):
        with open(os.path.join(build_dir, name), encoding="utf-8") as ninja:
            for match in re.finditer(r"(?<![\w.$/-])(/(?:usr|opt|lib|bin|home|root|srv)/[^\s:;\"'$\\]+)",
                                     ninja.read()):
                if os.path.exists(match.group(1)):
                    paths.add(match.group(1))
    return sorted(paths)


def owners(paths):
    """For each path, the Debian packages that ship it (following symlinks and /usr-merge aliases)."""
    aliases = {}
    for path in paths:
        for candidate in {path, os.path.realpath(path)}:
            aliases[candidate] = path
            other = candidate[len("/usr"):] if candidate.startswith("/usr/") else "/usr" + candidate
            aliases[other] = path  # dpkg may record /lib/... on a merged /usr, or the other way
    result = subprocess.run(["dpkg-query", "-S"] + sorted(aliases), capture_output=True, text=True)
    found = {path: set() for path in paths}
    for line in result.stdout.splitlines():
        packages, _, owned = line.partition(": ")
        owned = owned.strip()
        if owned in aliases and not packages.startswith("diversion by"):
            found[aliases[owned]] |= {name.split(":")[0].strip() for name in packages.split(",")}
    return found


def installed_relations():
    """For each installed package: the packages its Depends and Pre-Depends name; and who provides what."""
    output = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package}\t${Status}\t${Depends}, ${Pre-Depends}\t${Provides}\n"],
        capture_output=True, text=True, check=True).stdout
    depends, providers = {}, {}

    def names(field):
        for alternative_group in field.split(","):
            for alternative in alternative_group.split("|"):
                name = re.sub(r"\(.*?\)|\[.*?\]|<.*?>", "", alternative).strip().split(":")[0]
                if name:
                    yield name

    for line in output.splitlines():
        package, status, relations, provides = (line.split("\t") + ["", "", ""])[:4]
        if "install ok installed" not in status:
            continue
        depends[package] = set(names(relations))
        for virtual in names(provides):
            providers.setdefault(virtual, set()).add(package)
    return depends, providers


def closure(roots, depends, providers):
    """Everything apt pulls in for `roots` without recommends: every installed alternative counts."""
    seen, stack = set(), list(roots)
    while stack:
        name = stack.pop()
        for package in ({name} if name in depends else set()) | providers.get(name, set()):
            if package not in seen:
                seen.add(package)
                stack.extend(depends.get(package, ()))
    return seen


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    build_dir, source_dir = sys.argv[1], os.path.realpath(sys.argv[2])
    options, without = sys.argv[3:], None
    if "--expect-missing" in options:
        at = options.index("--expect-missing")
        without = options[at + 1]
        del options[at:at + 2]
    deps = os.path.join(source_dir, "scripts", "deps.sh")
    listed = subprocess.run([deps, "--list"] + options, capture_output=True, text=True,
                            check=True).stdout.split()
    listed = [name for name in listed if name != without]
    depends, providers = installed_relations()
    missing_listed = [name for name in listed if name not in depends and name not in providers]
    covered = closure(listed, depends, providers)

    build_real = os.path.realpath(build_dir)
    reasons = {path: "configure read it" for path in read_configure_inputs(build_dir)}
    for path in read_build_paths(build_dir):
        reasons.setdefault(path, "the build uses it")
    paths = [path for path in reasons if os.path.isabs(path) and os.path.exists(path) and
             not os.path.realpath(path).startswith((source_dir + os.sep, build_real + os.sep))]
    problems, unowned = {}, []
    for path, packages in owners(paths).items():
        if not packages:
            unowned.append(f"{path} ({reasons[path]})")
        elif not packages & covered:  # a shared folder is fine when any of its owners is brought in
            problems.setdefault(" or ".join(sorted(packages)), []).append(f"{path} ({reasons[path]})")
    checked = len(paths)

    failed = False
    for name in missing_listed:
        print(f"scripts/deps.sh lists {name}, which is not installed here", file=sys.stderr)
        failed = True
    for package, paths in sorted(problems.items()):
        failed = True
        print(f"MISSING PACKAGE {package}: the build needs it, but scripts/deps.sh "
              f"{'--test ' if '--test' in options else ''}neither lists it nor pulls it in through "
              f"Depends (apt installs without recommends); add {package} to scripts/deps.sh. "
              f"It provides:", file=sys.stderr)
        for path in paths[:5]:
            print(f"    {path}", file=sys.stderr)
    for path in unowned:
        # Outside any package: built or installed by hand, so a fresh Debian 12 cannot have it.
        failed = True
        print(f"NOT FROM A DEBIAN PACKAGE: {path}; a fresh Debian 12 with scripts/deps.sh lacks it",
              file=sys.stderr)
    if without is not None:
        named = any(without in packages.split(" or ") for packages in problems)
        print(f"without {without} on the list the check {'names it' if named else 'DOES NOT name it'}")
        return 0 if named else 1
    print(f"{checked} files configure used, from {len(covered)} packages that scripts/deps.sh brings in")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
