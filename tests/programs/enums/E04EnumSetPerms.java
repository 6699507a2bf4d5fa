// Enums: EnumSet permission system (of, range, complementOf, allOf, noneOf, copyOf), role hierarchy in an enum with EnumSet fields, set algebra
import java.util.*;
public class E04EnumSetPerms {
    enum Perm { READ, WRITE, EXECUTE, DELETE, SHARE, ADMIN, AUDIT }
    enum Role {
        GUEST(EnumSet.of(Perm.READ)),
        USER(EnumSet.range(Perm.READ, Perm.EXECUTE)),
        EDITOR(EnumSet.of(Perm.READ, Perm.WRITE, Perm.DELETE, Perm.SHARE)),
        AUDITOR(EnumSet.of(Perm.READ, Perm.AUDIT)),
        ROOT(EnumSet.allOf(Perm.class));
        final EnumSet<Perm> perms;
        Role(EnumSet<Perm> p) { perms = p; }
        boolean can(Perm p) { return perms.contains(p); }
    }
    static EnumSet<Perm> union(Collection<Role> roles) { EnumSet<Perm> s = EnumSet.noneOf(Perm.class); for (Role r : roles) s.addAll(r.perms); return s; }
    static String bits(Set<Perm> s) { StringBuilder sb = new StringBuilder(); for (Perm p : Perm.values()) sb.append(s.contains(p) ? '1' : '0'); return sb.toString(); }
    public static void main(String[] args) {
        for (Role r : Role.values()) System.out.println(r + " " + r.perms + " " + bits(r.perms) + " missing " + EnumSet.complementOf(r.perms));
        EnumSet<Perm> combo = union(List.of(Role.USER, Role.AUDITOR));
        System.out.println("combo " + combo + " size " + combo.size());
        EnumSet<Perm> inter = EnumSet.copyOf(Role.EDITOR.perms); inter.retainAll(Role.USER.perms);
        EnumSet<Perm> diff = EnumSet.copyOf(Role.EDITOR.perms); diff.removeAll(Role.USER.perms);
        System.out.println("inter " + inter + " diff " + diff + " subset " + Role.ROOT.perms.containsAll(combo) + " " + Role.GUEST.perms.containsAll(combo));
        Map<Perm, List<Role>> who = new EnumMap<>(Perm.class);
        for (Perm p : Perm.values()) for (Role r : Role.values()) if (r.can(p)) who.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
        System.out.println(who);
        EnumSet<Perm> mutable = EnumSet.noneOf(Perm.class);
        for (int i = 0; i < 20; i++) { Perm p = Perm.values()[(i * 5) % Perm.values().length]; if (!mutable.add(p)) mutable.remove(Perm.values()[i % 7]); }
        System.out.println(mutable + " " + bits(mutable));
        Iterator<Perm> it = mutable.iterator();
        while (it.hasNext()) if (it.next().ordinal() % 2 == 0) it.remove();
        System.out.println(mutable + " " + EnumSet.range(Perm.WRITE, Perm.SHARE).equals(EnumSet.of(Perm.WRITE, Perm.EXECUTE, Perm.DELETE, Perm.SHARE)));
        EnumSet<Perm> cl = mutable.clone(); cl.add(Perm.ADMIN); cl.clear(); cl.add(Perm.AUDIT);
        System.out.println(mutable + " " + cl + " " + EnumSet.of(Perm.AUDIT, Perm.READ, Perm.SHARE, Perm.ADMIN, Perm.WRITE, Perm.DELETE) + " " + new HashSet<>(cl).equals(cl));
        String[] requests = { "GUEST:READ", "GUEST:WRITE", "USER:EXECUTE", "EDITOR:EXECUTE", "AUDITOR:AUDIT", "ROOT:ADMIN", "BOSS:READ", "USER:FLY" };
        for (String q : requests) {
            String[] p = q.split(":");
            try { System.out.print(q + "=" + Role.valueOf(p[0]).can(Perm.valueOf(p[1])) + " "); }
            catch (IllegalArgumentException e) { System.out.print(q + "=ERR(" + e.getMessage() + ") "); }
        }
        System.out.println();
    }
}
