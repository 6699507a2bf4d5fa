// StringBuilder: append overloads (append('a') vs append(97)), chaining on one object, insert at
// the ends and middle, reverse (a surrogate pair stays in order), setLength shrinking and growing
// with NULs, setCharAt/deleteCharAt, delete with an end past the length, replace, indexOf/
// lastIndexOf, and toString snapshots unaffected by later edits.
public class BuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        StringBuilder same = sb.append("s").append(1).append('c').append(true).append(-5).append((char) 97).append(97).append((Object) null).append((String) null);
        System.out.println(sb + " len " + sb.length() + " chained same object " + (same == sb));
        char[] cs = { 'x', 'y', 'z' };
        sb.setLength(0);
        sb.append(cs).append(" ").append(new StringBuilder("nested")).append(' ').append(Integer.MIN_VALUE).append(' ').append((short) -3).append((byte) 7);
        System.out.println(sb);

        StringBuilder ins = new StringBuilder("middle");
        ins.insert(0, "<").insert(ins.length(), '>').insert(4, 123).insert(1, true).insert(2, (Object) "obj");
        System.out.println("insert " + ins);

        String snap = ins.toString();
        ins.reverse();
        System.out.println("reverse " + ins + " snapshot kept " + snap);
        StringBuilder sur = new StringBuilder("a\ud83d\ude00b");
        sur.reverse();
        System.out.println("surrogates reversed in order: " + (sur.charAt(1) == '\ud83d' && sur.charAt(2) == '\ude00') + " " + sur.length());

        StringBuilder len = new StringBuilder("abcdef");
        len.setLength(3);
        System.out.println("shrunk [" + len + "]");
        len.setLength(5);
        System.out.println("grown len " + len.length() + " char3 " + (int) len.charAt(3) + " char4 " + (int) len.charAt(4));
        len.setCharAt(3, 'D');
        len.setCharAt(4, 'E');
        System.out.println("set " + len);

        StringBuilder del = new StringBuilder("0123456789");
        del.deleteCharAt(0).deleteCharAt(8);
        System.out.println("deleteCharAt " + del);
        del.delete(2, 4);
        System.out.println("delete(2,4) " + del);
        del.delete(4, 100);
        System.out.println("delete(4,100) " + del);
        del.delete(1, 1);
        System.out.println("delete(1,1) " + del);

        StringBuilder rep = new StringBuilder("the cat sat on the mat");
        rep.replace(4, 7, "dog").replace(0, 3, "A").replace(rep.length() - 3, rep.length(), "rug and more");
        System.out.println("replace " + rep);
        rep.replace(2, 100, "!");
        System.out.println("replace to end " + rep);

        StringBuilder find = new StringBuilder("abcabcabc");
        System.out.println("indexOf " + find.indexOf("bc") + " " + find.indexOf("bc", 2) + " " + find.indexOf("x") + " lastIndexOf "
                + find.lastIndexOf("abc") + " " + find.lastIndexOf("abc", 5) + " " + find.indexOf(""));

        // A builder used as a growable buffer in a loop.
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            big.append(i % 10);
            if (i % 50 == 49) big.append('\n');
        }
        int sum = 0, lines = 0;
        for (int i = 0; i < big.length(); i++) if (big.charAt(i) != '\n') sum += big.charAt(i) - '0'; else lines++;
        System.out.println("buffer length " + big.length() + " digit sum " + sum + " lines " + lines);
        String s1 = big.toString().substring(0, 12);
        System.out.println("substring of the builder's string " + s1 + " " + big.toString().substring(195).trim());
    }
}
