package jp.houjin.keycloak.staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * グループ一覧's order: each group followed by its sub-groups (depth first), siblings by name, with its level below the
 * top. Groups whose parent is not in the list are tops (a group admin's list starts at their group).
 */
final class GroupTree {

    private GroupTree() {
    }

    static List<StaffGroup> order(List<StaffGroup> groups) {
        Set<String> ids = new HashSet<>();
        groups.forEach(g -> ids.add(g.id()));
        Map<String, List<StaffGroup>> children = new HashMap<>();
        List<StaffGroup> tops = new ArrayList<>();
        for (StaffGroup g : groups) {
            if (g.parentId() != null && ids.contains(g.parentId())) {
                children.computeIfAbsent(g.parentId(), k -> new ArrayList<>()).add(g);
            } else {
                tops.add(g);
            }
        }
        List<StaffGroup> ordered = new ArrayList<>(groups.size());
        for (StaffGroup top : sorted(tops)) {
            add(top, 0, children, ordered);
        }
        return ordered;
    }

    private static void add(StaffGroup group, int level, Map<String, List<StaffGroup>> children, List<StaffGroup> out) {
        out.add(new StaffGroup(group.id(), group.name(), group.parentId(), group.main(), level, group.members()));
        for (StaffGroup child : sorted(children.getOrDefault(group.id(), List.of()))) {
            add(child, level + 1, children, out);
        }
    }

    private static List<StaffGroup> sorted(List<StaffGroup> groups) {
        List<StaffGroup> copy = new ArrayList<>(groups);
        copy.sort(Comparator.comparing(StaffGroup::name).thenComparing(StaffGroup::id));
        return copy;
    }
}
