/*
 * Figure (ci/figures): the flash size of a hello world that uses a StringBuilder (its image is
 * what ci/figures reports), and the cycles of building and printing its line.
 */
public class HelloBuilder {
    public static void main(String[] args) {
        System.out.println("BEGIN");
        StringBuilder sb = new StringBuilder();
        sb.append("Hello, ").append("Pico").append('!').append(' ').append(2040);
        String s = sb.toString();
        System.out.println(s);
        System.out.print("END ");
        System.out.println(s.length());
    }
}
