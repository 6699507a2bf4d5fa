// new StringBuilder((String) null) throws where the JDK reads the length of its argument, with the
// helpful text naming the JDK's parameter ("because "str" is null"); a null appended is "null".
public class BuilderNullString {
    static String name(int i) {
        return i < 2 ? "item" + i : null;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            System.out.println(new StringBuilder("<").append(name(i)).append('>'));
            System.out.println(new StringBuilder(name(i)).reverse());
        }
    }
}
