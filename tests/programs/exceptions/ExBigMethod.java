public class ExBigMethod {
    static int f(int x) { if (x % 5 == 3) throw new IllegalStateException("f" + x); return x * 7 + 1; }
    static int g(int[] a, int i) { return a[i]; }
    static int big(int seed, int[] a) {
        int acc = seed, hits = 0, misses = 0;
        String trail = "";
        try { acc += f(acc + 0); acc ^= 0; hits++; } catch (IllegalStateException e) { misses++; trail += "0,"; acc = (acc * 31 + 0) % 100003; }
        acc = acc % 1000003;
        try { acc += g(a, (acc + 1) & 15); acc -= 1; hits++; } catch (ArrayIndexOutOfBoundsException e) { misses++; trail += "1,"; acc = (acc * 31 + 1) % 100003; }
        acc = acc % 1000003;
        try { acc += 1000 / ((acc + 2) % 3); acc += 4; hits++; } catch (ArithmeticException e) { misses++; trail += "2,"; acc = (acc * 31 + 2) % 100003; }
        acc = acc % 1000003;
        try { switch ((acc + 3) & 7) { case 0: acc += 1; break; case 1: acc += 2; break; case 2: acc += f(acc); break; case 3: acc -= 5; break; case 4: acc += g(a, acc & 31); break; case 5: acc *= 3; break; default: acc ^= 0x5a; } hits++; } catch (RuntimeException e) { misses++; trail += "3,"; acc = (acc * 31 + 3) % 100003; }
        acc = acc % 1000003;
        try { acc += f(acc + 4); acc ^= 148; hits++; } catch (IllegalStateException e) { misses++; trail += "4,"; acc = (acc * 31 + 4) % 100003; }
        acc = acc % 1000003;
        try { acc += g(a, (acc + 5) & 15); acc -= 5; hits++; } catch (ArrayIndexOutOfBoundsException e) { misses++; trail += "5,"; acc = (acc * 31 + 5) % 100003; }
        acc = acc % 1000003;
        try { acc += 1000 / ((acc + 6) % 3); acc += 36; hits++; } catch (ArithmeticException e) { misses++; trail += "6,"; acc = (acc * 31 + 6) % 100003; }
        acc = acc % 1000003;
        try { switch ((acc + 7) & 7) { case 0: acc += 1; break; case 1: acc += 2; break; case 2: acc += f(acc); break; case 3: acc -= 5; break; case 4: acc += g(a, acc & 31); break; case 5: acc *= 3; break; default: acc ^= 0x5a; } hits++; } catch (RuntimeException e) { misses++; trail += "7,"; acc = (acc * 31 + 7) % 100003; }
        acc = acc % 1000003;
        try { acc += f(acc + 8); acc ^= 296; hits++; } catch (IllegalStateException e) { misses++; trail += "8,"; acc = (acc * 31 + 8) % 100003; }
        acc = acc % 1000003;
        try { acc += g(a, (acc + 9) & 15); acc -= 9; hits++; } catch (ArrayIndexOutOfBoundsException e) { misses++; trail += "9,"; acc = (acc * 31 + 9) % 100003; }
        acc = acc % 1000003;
        try { acc += 1000 / ((acc + 10) % 3); acc += 100; hits++; } catch (ArithmeticException e) { misses++; trail += "10,"; acc = (acc * 31 + 10) % 100003; }
        acc = acc % 1000003;
        try { switch ((acc + 11) & 7) { case 0: acc += 1; break; case 1: acc += 2; break; case 2: acc += f(acc); break; case 3: acc -= 5; break; case 4: acc += g(a, acc & 31); break; case 5: acc *= 3; break; default: acc ^= 0x5a; } hits++; } catch (RuntimeException e) { misses++; trail += "11,"; acc = (acc * 31 + 11) % 100003; }
        acc = acc % 1000003;
        try { acc += f(acc + 12); acc ^= 444; hits++; } catch (IllegalStateException e) { misses++; trail += "12,"; acc = (acc * 31 + 12) % 100003; }
        acc = acc % 1000003;
        try { acc += g(a, (acc + 13) & 15); acc -= 13; hits++; } catch (ArrayIndexOutOfBoundsException e) { misses++; trail += "13,"; acc = (acc * 31 + 13) % 100003; }
        acc = acc % 1000003;
        try { acc += 1000 / ((acc + 14) % 3); acc += 196; hits++; } catch (ArithmeticException e) { misses++; trail += "14,"; acc = (acc * 31 + 14) % 100003; }
        acc = acc % 1000003;
        try { switch ((acc + 15) & 7) { case 0: acc += 1; break; case 1: acc += 2; break; case 2: acc += f(acc); break; case 3: acc -= 5; break; case 4: acc += g(a, acc & 31); break; case 5: acc *= 3; break; default: acc ^= 0x5a; } hits++; } catch (RuntimeException e) { misses++; trail += "15,"; acc = (acc * 31 + 15) % 100003; }
        acc = acc % 1000003;
        try { acc += f(acc + 16); acc ^= 592; hits++; } catch (IllegalStateException e) { misses++; trail += "16,"; acc = (acc * 31 + 16) % 100003; }
        acc = acc % 1000003;
        try { acc += g(a, (acc + 17) & 15); acc -= 17; hits++; } catch (ArrayIndexOutOfBoundsException e) { misses++; trail += "17,"; acc = (acc * 31 + 17) % 100003; }
        acc = acc % 1000003;
        try { acc += 1000 / ((acc + 18) % 3); acc += 324; hits++; } catch (ArithmeticException e) { misses++; trail += "18,"; acc = (acc * 31 + 18) % 100003; }
        acc = acc % 1000003;
        try { switch ((acc + 19) & 7) { case 0: acc += 1; break; case 1: acc += 2; break; case 2: acc += f(acc); break; case 3: acc -= 5; break; case 4: acc += g(a, acc & 31); break; case 5: acc *= 3; break; default: acc ^= 0x5a; } hits++; } catch (RuntimeException e) { misses++; trail += "19,"; acc = (acc * 31 + 19) % 100003; }
        acc = acc % 1000003;
        try { acc += f(acc + 20); acc ^= 740; hits++; } catch (IllegalStateException e) { misses++; trail += "20,"; acc = (acc * 31 + 20) % 100003; }
        acc = acc % 1000003;
        try { acc += g(a, (acc + 21) & 15); acc -= 21; hits++; } catch (ArrayIndexOutOfBoundsException e) { misses++; trail += "21,"; acc = (acc * 31 + 21) % 100003; }
        acc = acc % 1000003;
        try { acc += 1000 / ((acc + 22) % 3); acc += 484; hits++; } catch (ArithmeticException e) { misses++; trail += "22,"; acc = (acc * 31 + 22) % 100003; }
        acc = acc % 1000003;
        try { switch ((acc + 23) & 7) { case 0: acc += 1; break; case 1: acc += 2; break; case 2: acc += f(acc); break; case 3: acc -= 5; break; case 4: acc += g(a, acc & 31); break; case 5: acc *= 3; break; default: acc ^= 0x5a; } hits++; } catch (RuntimeException e) { misses++; trail += "23,"; acc = (acc * 31 + 23) % 100003; }
        acc = acc % 1000003;
        try { acc += f(acc + 24); acc ^= 888; hits++; } catch (IllegalStateException e) { misses++; trail += "24,"; acc = (acc * 31 + 24) % 100003; }
        acc = acc % 1000003;
        try { acc += g(a, (acc + 25) & 15); acc -= 25; hits++; } catch (ArrayIndexOutOfBoundsException e) { misses++; trail += "25,"; acc = (acc * 31 + 25) % 100003; }
        acc = acc % 1000003;
        try { acc += 1000 / ((acc + 26) % 3); acc += 676; hits++; } catch (ArithmeticException e) { misses++; trail += "26,"; acc = (acc * 31 + 26) % 100003; }
        acc = acc % 1000003;
        try { switch ((acc + 27) & 7) { case 0: acc += 1; break; case 1: acc += 2; break; case 2: acc += f(acc); break; case 3: acc -= 5; break; case 4: acc += g(a, acc & 31); break; case 5: acc *= 3; break; default: acc ^= 0x5a; } hits++; } catch (RuntimeException e) { misses++; trail += "27,"; acc = (acc * 31 + 27) % 100003; }
        acc = acc % 1000003;
        try { acc += f(acc + 28); acc ^= 1036; hits++; } catch (IllegalStateException e) { misses++; trail += "28,"; acc = (acc * 31 + 28) % 100003; }
        acc = acc % 1000003;
        try { acc += g(a, (acc + 29) & 15); acc -= 29; hits++; } catch (ArrayIndexOutOfBoundsException e) { misses++; trail += "29,"; acc = (acc * 31 + 29) % 100003; }
        acc = acc % 1000003;
        try { acc += 1000 / ((acc + 30) % 3); acc += 900; hits++; } catch (ArithmeticException e) { misses++; trail += "30,"; acc = (acc * 31 + 30) % 100003; }
        acc = acc % 1000003;
        try { switch ((acc + 31) & 7) { case 0: acc += 1; break; case 1: acc += 2; break; case 2: acc += f(acc); break; case 3: acc -= 5; break; case 4: acc += g(a, acc & 31); break; case 5: acc *= 3; break; default: acc ^= 0x5a; } hits++; } catch (RuntimeException e) { misses++; trail += "31,"; acc = (acc * 31 + 31) % 100003; }
        acc = acc % 1000003;
        try { acc += f(acc + 32); acc ^= 1184; hits++; } catch (IllegalStateException e) { misses++; trail += "32,"; acc = (acc * 31 + 32) % 100003; }
        acc = acc % 1000003;
        try { acc += g(a, (acc + 33) & 15); acc -= 33; hits++; } catch (ArrayIndexOutOfBoundsException e) { misses++; trail += "33,"; acc = (acc * 31 + 33) % 100003; }
        acc = acc % 1000003;
        try { acc += 1000 / ((acc + 34) % 3); acc += 1156; hits++; } catch (ArithmeticException e) { misses++; trail += "34,"; acc = (acc * 31 + 34) % 100003; }
        acc = acc % 1000003;
        try { switch ((acc + 35) & 7) { case 0: acc += 1; break; case 1: acc += 2; break; case 2: acc += f(acc); break; case 3: acc -= 5; break; case 4: acc += g(a, acc & 31); break; case 5: acc *= 3; break; default: acc ^= 0x5a; } hits++; } catch (RuntimeException e) { misses++; trail += "35,"; acc = (acc * 31 + 35) % 100003; }
        acc = acc % 1000003;
        try { acc += f(acc + 36); acc ^= 1332; hits++; } catch (IllegalStateException e) { misses++; trail += "36,"; acc = (acc * 31 + 36) % 100003; }
        acc = acc % 1000003;
        try { acc += g(a, (acc + 37) & 15); acc -= 37; hits++; } catch (ArrayIndexOutOfBoundsException e) { misses++; trail += "37,"; acc = (acc * 31 + 37) % 100003; }
        acc = acc % 1000003;
        try { acc += 1000 / ((acc + 38) % 3); acc += 1444; hits++; } catch (ArithmeticException e) { misses++; trail += "38,"; acc = (acc * 31 + 38) % 100003; }
        acc = acc % 1000003;
        try { switch ((acc + 39) & 7) { case 0: acc += 1; break; case 1: acc += 2; break; case 2: acc += f(acc); break; case 3: acc -= 5; break; case 4: acc += g(a, acc & 31); break; case 5: acc *= 3; break; default: acc ^= 0x5a; } hits++; } catch (RuntimeException e) { misses++; trail += "39,"; acc = (acc * 31 + 39) % 100003; }
        acc = acc % 1000003;
        System.out.println("  hits=" + hits + " misses=" + misses + " trail=" + trail);
        return acc;
    }
    public static void main(String[] args) {
        int[] a = new int[12];
        for (int i = 0; i < a.length; i++) a[i] = i * i - 20;
        for (int seed = 0; seed < 12; seed++) System.out.println("big(" + seed + ")=" + big(seed * 13, a));
    }
}
