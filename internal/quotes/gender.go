package quotes

import "github.com/corroborate/corroborate/internal/text"

// Gender of a speaker as far as the text tells: from an honorific, a
// gendered role word or a common first name. Unknown matches any pronoun.
type gender byte

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// compatible reports whether a pronoun of gender p can refer to g.
func (g gender) compatible(p gender) bool {
	return g == genderUnknown || p == genderUnknown || g == p
}

// sharedFirstNames are first names of the lists below that men and women
// both go by: they name a person but give no gender.
var sharedFirstNames = text.WordSet(`terry jordan jesse kelly dana tracy lynn jean kim jackie marion lindsey lee
chris pat ashley taylor jamie casey robin leslie morgan riley avery quinn sydney`)

// femaleNames and maleNames are common English first names; a speaker whose
// first name is in neither has an unknown gender.
var femaleNames = text.WordSet(`abigail ada alexandra alice alicia allison amanda amber amy ana andrea angela
anita ann anna anne annie april ashley barbara betsy betty beverly brenda brittany camila carla carly
carmen carol caroline carolyn catherine cathy charlotte cheryl christina christine cindy claire
claudia colleen connie courtney crystal cynthia daisy dana danielle debbie deborah debra denise diana
diane donna doris dorothy edith elaine eleanor elena elizabeth ellen emily emma erica erin eva evelyn
gabriela gabriella gina gloria grace hannah heather heidi helen hillary holly hope ingrid irene isabel
jackie jacqueline jane janet janice jasmine jean jeanne jennifer jessica jill joan joanna joanne jodi
josefina joy joyce judith judy julia julie june karen kate katherine kathleen kathryn kathy katie kay
kayla kelly kellyanne kim kimberly kirsten kristen laura lauren leah linda lisa lois loretta lori
lorraine louise lucy lydia lynn madeleine madison margaret maria marie marilyn marion marsha martha
mary maxine megan melanie melania melissa michelle mildred molly monica nancy naomi natalie nicole nikki
nina norma olivia pam pamela patricia patty paula pauline peggy penny phyllis priscilla rachel
rebecca regina rita roberta rosa rose rosemary ruth sally samantha sandra sara sarah sharon sheila
shirley sonia stephanie susan suzanne sylvia tammy tanya teresa theresa tiffany tina tracy valerie
vanessa veronica victoria virginia wanda wendy whitney yolanda yvonne zoe ivanka chelsea huma
hope kamala condoleezza debbie elizabeth nancy dianne tulsi jeanine katrina kristi nikki omarosa
sarah gretchen megyn katy mika norah rosie ellen oprah catherine`)

var maleNames = text.WordSet(`aaron adam alan albert alex alexander alfred allen andrew andy anthony antonio
arnold arthur barack barry ben benjamin bernie bill billy bob bobby brad bradley brandon brian bruce
bryan carl carlos charles charlie chris christopher chuck clarence cory craig curtis dan daniel
danny darrell dave david dennis derek dick don donald doug douglas dustin dwight earl ed eddie edward
eli elijah eric ernest eugene evan frank fred frederick gary gene george gerald glenn gordon greg
gregory harold harry henry herbert howard ian isaac jack jacob jake james jared jarrod jason jay jeb
jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jordan jorge jose joseph
josh joshua juan justin keith ken kenneth kevin kyle larry lawrence lee leon leonard lindsey lloyd
louis luis luke marco marcus mark martin matt matthew michael mick mike mitch mitt nathan neil
newt nicholas nick norman oscar pat patrick paul peter phil philip ralph randy ray raymond reince
ricardo richard rick rob robert roger ron ronald roy rudy russell ryan sam samuel scott sean sergio
stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis troy tyler
victor vincent walter wayne wesley william willie zach zachary rand marco mike reince corey
sean eric anthony jared newt rudy chris ben gary evan tim donald will liam noah ethan owen hugo oliver`)

// honorificGender is the gender a courtesy title gives ("Mrs." female),
// genderUnknown for "Dr." and the like.
func honorificGender(w string) gender {
	switch {
	case maleHonorifics[w]:
		return genderMale
	case femaleHonorifics[w]:
		return genderFemale
	}
	return genderUnknown
}
